package org.childplan.rules;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes a council's rule pack as its build would leave it (a folder of compiled classes with the pack's class, its
 * service entry, its executable model and the model's index), with the faults a pack author can make: the pack's
 * sources are compiled here with the JDK's compiler, each rule written with the executable model's DSL as the
 * kie-maven-plugin writes it from a DRL file. The tests of plan-cli use it too, through this module's test jar.
 */
public final class TestPackFolders {

    /** Every metadata key a rule must state, with a value that is right. */
    public static Map<String, String> metadata(String id) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("id", id);
        metadata.put("title", "A standard of the council");
        metadata.put("severity", "WARNING");
        metadata.put("basis", "LOCAL_STANDARD");
        metadata.put("instrument", "Acme Council Framework 2024");
        metadata.put("provision", "para 1");
        metadata.put("url", "https://acme.example/framework");
        metadata.put("inForceFrom", "2016-01-01");
        metadata.put("documentKinds", "ANY");
        metadata.put("remedy", "Do what the framework asks.");
        return metadata;
    }

    /** A rule: its name, its metadata, the fact type it matches and the Java statements of its consequence. */
    public record TestRule(String name, Map<String, String> metadata, String factType, String consequence) {

        /** A rule on the plan that reports the plan met, with the plan as evidence. */
        public static TestRule metOnPlan(String id) {
            return new TestRule("Rule " + id, TestPackFolders.metadata(id), "org.childplan.model.Plan",
                    "findings.met((org.kie.api.runtime.rule.RuleContext) drools, fact);");
        }
    }

    private final String id;
    private String rulePackage;
    private String modelPackage;
    private boolean index = true;
    private boolean modelListed = true;
    private final List<TestRule> rules = new ArrayList<>();
    private final Map<String, String> methodBodies = new LinkedHashMap<>();
    private final List<String> members = new ArrayList<>();
    private final Map<String, String> classes = new LinkedHashMap<>();
    private final Set<String> removedClasses = new LinkedHashSet<>();
    private String superclass;

    private TestPackFolders(String id) {
        this.id = id;
        this.rulePackage = "acme." + id.replace('-', '_');
        this.modelPackage = rulePackage;
    }

    /** A pack of id {@code id} whose rules' package is {@code acme.<id>}. */
    public static TestPackFolders pack(String id) {
        return new TestPackFolders(id);
    }

    public TestPackFolders rule(TestRule rule) {
        rules.add(rule);
        return this;
    }

    /** The pack says its rules are in {@code declared}, where its model's package stays {@code acme.<id>}. */
    public TestPackFolders declaringRulePackage(String declared) {
        this.rulePackage = declared;
        return this;
    }

    /** Writes no executable model index, as when the pack's build did not run the kie-maven-plugin. */
    public TestPackFolders withoutModelIndex() {
        this.index = false;
        return this;
    }

    /** Writes an index that lists no model class, as for a pack that holds no DRL file. */
    public TestPackFolders withoutModel() {
        this.modelListed = false;
        return this;
    }

    /** The pack's method {@code name} (one of id, title, version, jurisdiction, rulePackage, executableModelIndex) has the body {@code body}. */
    public TestPackFolders method(String name, String body) {
        methodBodies.put(name, body);
        return this;
    }

    /** The pack's class has {@code code} among its members, for example a {@code facts} method of its own. */
    public TestPackFolders member(String code) {
        members.add(code);
        return this;
    }

    /** Compiles the class {@code simpleName} of the pack's package, of source {@code code}, with the pack. */
    public TestPackFolders withClass(String simpleName, String code) {
        classes.put(simpleName, code);
        return this;
    }

    /** The pack's class extends the class {@code simpleName} of its package. */
    public TestPackFolders extending(String simpleName) {
        this.superclass = simpleName;
        return this;
    }

    /**
     * Leaves the compiled class {@code simpleName} of the pack's package out of the folder, as a build that forgot a
     * jar the pack needs: the classes that use it cannot link.
     */
    public TestPackFolders withoutClassFile(String simpleName) {
        removedClasses.add(simpleName);
        return this;
    }

    private String body(String method, String fallback) {
        return methodBodies.getOrDefault(method, fallback);
    }

    private String indexResource() {
        return "META-INF/kie/acme/" + id + "/drools-model";
    }

    /** Compiles the pack into the folder {@code id} under {@code parent}; returns that folder. */
    public Path writeUnder(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(id));
        Path sources = Files.createDirectories(parent.resolve(id + "-sources"));
        String packClass = modelPackage + ".AcmePack";
        Path packSource = write(sources, packClass, """
                package %s;

                public class AcmePack %s implements org.childplan.rules.spi.RulePack {
                    public String id() { %s }
                    public String title() { %s }
                    public String version() { %s }
                    public org.childplan.model.Jurisdiction jurisdiction() { %s }
                    public String rulePackage() { %s }
                    public String executableModelIndex() { %s }
                %s
                }
                """.formatted(modelPackage, superclass == null ? "" : "extends " + superclass,
                        body("id", "return \"" + id + "\";"),
                        body("title", "return \"Acme Council Framework\";"),
                        body("version", "return \"1.0\";"),
                        body("jurisdiction", "return org.childplan.model.Jurisdiction.SCOTLAND;"),
                        body("rulePackage", "return \"" + rulePackage + "\";"),
                        body("executableModelIndex", "return \"" + indexResource() + "\";"),
                        String.join("\n", members)));
        List<Path> extraSources = new ArrayList<>();
        for (Map.Entry<String, String> extra : classes.entrySet()) {
            extraSources.add(write(sources, modelPackage + "." + extra.getKey(),
                    "package " + modelPackage + ";\n\n" + extra.getValue()));
        }
        StringBuilder ruleCode = new StringBuilder();
        int number = 0;
        for (TestRule rule : rules) {
            number++;
            String metadata = rule.metadata().entrySet().stream()
                    .map(entry -> ".metadata(\"" + entry.getKey() + "\", \"" + entry.getValue() + "\")")
                    .collect(Collectors.joining(""));
            ruleCode.append("""
                        {   // rule %1$d
                            Variable<%2$s> matched = declarationOf(%2$s.class);
                            addRule(rule("%3$s", "%4$s")%5$s.build(pattern(matched),
                                    on(matched, findingsGlobal).execute((drools, fact, findings) -> { %6$s })));
                        }
                    """.formatted(number, rule.factType(), modelPackage, rule.name(), metadata, rule.consequence()));
        }
        String modelClass = modelPackage + ".Rules";
        Path modelSource = write(sources, modelClass, """
                package %1$s;

                import static org.drools.model.DSL.declarationOf;
                import static org.drools.model.DSL.globalOf;
                import static org.drools.model.DSL.on;
                import static org.drools.model.PatternDSL.pattern;
                import static org.drools.model.PatternDSL.rule;

                import org.drools.model.Global;
                import org.drools.model.Variable;

                public class Rules extends org.drools.model.impl.ModelImpl {
                    public Rules() {
                        Global<org.childplan.rules.spi.Findings> findingsGlobal =
                                globalOf(org.childplan.rules.spi.Findings.class, "%1$s", "findings");
                        addGlobal(findingsGlobal);
                %2$s    }

                    @Override
                    public String getPackageName() { return "%1$s"; }
                }
                """.formatted(modelPackage, ruleCode));
        List<Path> allSources = new ArrayList<>(List.of(packSource, modelSource));
        allSources.addAll(extraSources);
        compile(folder, allSources);
        for (String removed : removedClasses) {
            Files.delete(folder.resolve(modelPackage.replace('.', '/')).resolve(removed + ".class"));
        }
        Files.createDirectories(folder.resolve("META-INF/services"));
        Files.writeString(folder.resolve("META-INF/services/org.childplan.rules.spi.RulePack"), packClass + "\n");
        if (index) {
            Path indexFile = folder.resolve(indexResource());
            Files.createDirectories(indexFile.getParent());
            Files.writeString(indexFile, "Drools-Model-Version:10.2.0\n" + (modelListed ? modelClass + "\n" : ""));
        }
        return folder;
    }

    private static Path write(Path sources, String className, String code) throws IOException {
        Path file = sources.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, code);
    }

    private static void compile(Path folder, List<Path> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> arguments = new ArrayList<>(List.of("-d", folder.toString(), "-classpath", classPath(),
                "-proc:none", "-nowarn"));
        sources.forEach(source -> arguments.add(source.toString()));
        java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
        int result = compiler.run(null, output, output, arguments.toArray(String[]::new));
        if (result != 0) {
            throw new IllegalStateException("the test pack does not compile: " + output);
        }
    }

    /** The test's class path, with the jars of the classes a pack's sources name (surefire may hide them in a manifest). */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Class<?> type : List.of(org.childplan.rules.spi.RulePack.class, org.childplan.model.Plan.class,
                org.drools.model.DSL.class, org.kie.api.runtime.rule.RuleContext.class,
                org.apiguardian.api.API.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
