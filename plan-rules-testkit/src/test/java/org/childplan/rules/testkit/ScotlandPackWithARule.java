package org.childplan.rules.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.childplan.rules.PackReadThrough;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The built-in Scotland pack with one more DRL file and its cases, as the pack's build would leave it had the DRL been
 * added to {@code plan-rules/src/main/resources/org/childplan/rules/scotland/} and the cases beside the other Scottish
 * cases: the pack's DRL files (from the jar of plan-rules, which keeps them) and the new one are compiled here, at
 * test time, to one executable model, as the kie-maven-plugin compiles them; the model's index and the pack's
 * {@code rule-files.tsv}, which then names the new file's rules too, are written as the build writes them. Nothing of
 * the built-in pack is changed: the new pack lies in a folder of its own, which its class loader reads first.
 */
final class ScotlandPackWithARule extends PackReadThrough {

    private static final String RULE_PACKAGE = "org.childplan.rules.scotland";
    private static final String FOLDER = RULE_PACKAGE.replace('.', '/');
    private static final String INDEX = "META-INF/kie/org.childplan.testkit/scotland-with-a-rule/drools-model";
    private static final String RULE_FILES = FOLDER + "/rule-files.tsv";
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private ScotlandPackWithARule(ClassLoader loader) {
        super(new ScotlandRulePack(), INDEX, loader);
    }

    /**
     * Compiles {@code drl} into {@code folder} as the file {@code drlFile} of the Scotland pack, with the pack's own DRL
     * files, places {@code cases} beside the other Scottish cases as the cases of that file, and returns the pack.
     *
     * @throws IllegalStateException naming the compiler's messages when the DRL does not compile
     */
    static ScotlandPackWithARule compile(String drlFile, String drl, String cases, Path folder) throws IOException {
        ClassLoader parent = ScotlandPackWithARule.class.getClassLoader();
        String ruleFiles = resource(parent, RULE_FILES);
        KieServices kie = KieServices.Factory.get();
        ReleaseId release = kie.newReleaseId("org.childplan.testkit", "scotland-with-a-rule", "0.1.0");
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(release);
        // The index of the built-in pack names each of its DRL files. A built-in file of the new file's name is the
        // one the new file replaces, as when the page's rule has been added to the pack itself.
        ruleFiles = ruleFiles.lines().filter(line -> !line.startsWith(drlFile + "\t"))
                .map(line -> line + "\n").collect(Collectors.joining());
        for (String builtIn : ruleFiles.lines().filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf('\t'))).distinct().toList()) {
            files.write("src/main/resources/" + FOLDER + "/" + builtIn, resource(parent, FOLDER + "/" + builtIn));
        }
        files.write("src/main/resources/" + FOLDER + "/" + drlFile, drl);
        KieBuilder builder = kie.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(drlFile + " does not compile: " + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        byte[] index = null;
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                write(folder.resolve(name), module.getBytes(name));
            } else if (name.endsWith("/drools-model")) {
                index = module.getBytes(name);
            }
        }
        if (index == null) {
            throw new IllegalStateException(drlFile + " compiled to no executable model: " + module.getFileNames());
        }
        write(folder.resolve(INDEX), index);
        String newRuleFiles = RULE_NAME.matcher(drl).results()
                .map(match -> drlFile + "\t" + match.group(1) + "\n")
                .collect(Collectors.joining());
        write(folder.resolve(RULE_FILES), (ruleFiles + newRuleFiles).getBytes(StandardCharsets.UTF_8));
        write(folder.resolve(FOLDER + "/" + drlFile), drl.getBytes(StandardCharsets.UTF_8));
        write(folder.resolve(FOLDER + "/" + drlFile.replace(".drl", ".cases.yaml")), cases.getBytes(StandardCharsets.UTF_8));
        return new ScotlandPackWithARule(new FolderFirstClassLoader(folder, parent));
    }

    private static String resource(ClassLoader loader, String name) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /**
     * Reads a class or a resource from the folder before its parent, so that the model compiled here and the pack's
     * index of rule files there stand for the built-in ones; the rest (the model, the authoring API, the Scotland
     * pack's helpers) comes from the parent.
     */
    private static final class FolderFirstClassLoader extends URLClassLoader {

        FolderFirstClassLoader(Path folder, ClassLoader parent) {
            super(new URL[] {url(folder)}, parent);
        }

        private static URL url(Path folder) {
            try {
                return folder.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null && findResource(name.replace('.', '/') + ".class") != null) {
                    loaded = findClass(name);
                }
                if (loaded == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
