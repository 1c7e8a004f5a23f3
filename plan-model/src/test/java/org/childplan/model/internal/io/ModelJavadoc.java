package org.childplan.model.internal.io;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EndElementTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.StartElementTree;
import com.sun.source.doctree.TextTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The Javadoc of the model's types as text for a reader of the schema: each type's description, each record
 * component's {@code @param} and each enum constant's comment, read from the model's sources with the JDK's compiler
 * tree API (no dependency beyond the JDK the build runs on).
 *
 * <p>Javadoc markup becomes Markdown as editors render it in hovers: {@code {@code x}} becomes {@code `x`},
 * {@code {@link Type label}} its label (or the type's name), {@code <em>} becomes {@code *}, paragraphs a blank line.
 */
public final class ModelJavadoc {

    /** The model's sources, relative to plan-model's folder, where Maven runs its tests. */
    public static final Path MODEL_SOURCES = Path.of("src", "main", "java", "org", "childplan", "model");

    private static final Pattern FOR_EXAMPLE = Pattern.compile("for example ((?:`[^`]+`(?:,? (?:or |and )?)?)+)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private final Map<String, TypeDoc> types;

    private ModelJavadoc(Map<String, TypeDoc> types) {
        this.types = types;
    }

    /** The Javadoc of one type of the model. */
    public record TypeDoc(String description, Map<String, String> params, Map<String, String> constants) {
    }

    /** Reads the Javadoc of every top-level type in {@link #MODEL_SOURCES}. */
    public static ModelJavadoc read() {
        return read(MODEL_SOURCES);
    }

    /** Reads the Javadoc of every top-level type in the Java files of {@code folder} (not its sub-folders). */
    public static ModelJavadoc read(Path folder) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("the schema is generated with a JDK's compiler; this runtime has none");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, TypeDoc> types = new LinkedHashMap<>();
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) compiler.getTask(null, fileManager, null, List.of("-proc:none"), null,
                    fileManager.getJavaFileObjectsFromPaths(files));
            DocTrees trees = DocTrees.instance(task);
            for (CompilationUnitTree unit : task.parse()) {
                for (Tree declaration : unit.getTypeDecls()) {
                    if (declaration instanceof ClassTree type) {
                        types.put(type.getSimpleName().toString(), typeDoc(trees, unit, type));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelJavadoc(types);
    }

    private static TypeDoc typeDoc(DocTrees trees, CompilationUnitTree unit, ClassTree type) {
        DocCommentTree comment = trees.getDocCommentTree(TreePath.getPath(unit, type));
        String description = comment == null ? "" : text(comment.getFullBody());
        Map<String, String> params = new LinkedHashMap<>();
        if (comment != null) {
            for (DocTree tag : comment.getBlockTags()) {
                if (tag instanceof ParamTree param && !param.isTypeParameter()) {
                    params.put(param.getName().getName().toString(), text(param.getDescription()));
                }
            }
        }
        Map<String, String> constants = new LinkedHashMap<>();
        if (type.getKind() == Tree.Kind.ENUM) {
            for (Tree member : type.getMembers()) {
                if (member instanceof VariableTree constant && isEnumConstant(constant, type)) {
                    DocCommentTree constantComment = trees.getDocCommentTree(TreePath.getPath(unit, constant));
                    constants.put(constant.getName().toString(),
                            constantComment == null ? "" : text(constantComment.getFullBody()));
                }
            }
        }
        return new TypeDoc(description, params, constants);
    }

    /** An enum constant is the one field of an enum that creates an instance of it (which no other code may do). */
    private static boolean isEnumConstant(VariableTree variable, ClassTree type) {
        return variable.getInitializer() instanceof NewClassTree creation
                && creation.getIdentifier().toString().equals(type.getSimpleName().toString());
    }

    /** The Javadoc of the type named {@code simpleName}, if the model declares it. */
    public Optional<TypeDoc> type(String simpleName) {
        return Optional.ofNullable(types.get(simpleName));
    }

    /** Every type read, by simple name, in the order of their files' names. */
    public Map<String, TypeDoc> types() {
        return types;
    }

    /** A component's {@code @param} as a sentence: a capital first letter and a final period. */
    public static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return trimmed;
        }
        String capital = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    /** The values a text gives "for example" in code: {@code for example `moray-csp-2017-2020`}. */
    public static List<String> examples(String text) {
        List<String> examples = new ArrayList<>();
        Matcher forExample = FOR_EXAMPLE.matcher(text);
        while (forExample.find()) {
            Matcher code = CODE.matcher(forExample.group(1));
            while (code.find()) {
                examples.add(code.group(1));
            }
        }
        return examples;
    }

    private static String text(List<? extends DocTree> body) {
        StringBuilder text = new StringBuilder();
        for (DocTree tree : body) {
            switch (tree.getKind()) {
                case TEXT -> text.append(((TextTree) tree).getBody());
                case CODE -> text.append('`').append(((LiteralTree) tree).getBody().getBody()).append('`');
                case LITERAL -> text.append(((LiteralTree) tree).getBody().getBody());
                case LINK, LINK_PLAIN -> text.append(linkText((LinkTree) tree));
                case START_ELEMENT -> text.append(startElement(((StartElementTree) tree).getName().toString()));
                case END_ELEMENT -> text.append(endElement(((EndElementTree) tree).getName().toString()));
                case ENTITY -> text.append(entity(((EntityTree) tree).getName().toString()));
                default -> text.append(tree);
            }
        }
        return normalise(text.toString());
    }

    private static String linkText(LinkTree link) {
        if (!link.getLabel().isEmpty()) {
            return text(link.getLabel());
        }
        String signature = link.getReference().getSignature();
        String member = signature.startsWith("#") ? signature.substring(1) : signature.replace('#', '.');
        return "`" + member + "`";
    }

    private static String startElement(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "p" -> "\n\n";
            case "em", "i" -> "*";
            case "strong", "b" -> "**";
            case "li" -> "\n- ";
            default -> "";
        };
    }

    private static String endElement(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "em", "i" -> "*";
            case "strong", "b" -> "**";
            case "ul", "ol" -> "\n\n";
            default -> "";
        };
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "nbsp" -> " ";
            default -> "&" + name + ";";
        };
    }

    /** Joins the lines of each paragraph with single spaces; keeps paragraph breaks and list items. */
    private static String normalise(String text) {
        String[] paragraphs = text.strip().split("\\n\\s*\\n");
        List<String> joined = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String[] items = paragraph.split("\\n- ");
            List<String> parts = new ArrayList<>();
            for (String item : items) {
                parts.add(item.strip().replaceAll("\\s+", " "));
            }
            joined.add(String.join("\n- ", parts));
        }
        return String.join("\n\n", joined).strip();
    }
}
