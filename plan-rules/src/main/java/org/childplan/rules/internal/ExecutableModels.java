package org.childplan.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.childplan.rules.spi.RulePack;
import org.drools.model.Model;

/** Loads the executable-model classes that the kie-maven-plugin generated for a pack's rule package. */
final class ExecutableModels {

    private ExecutableModels() {
    }

    static List<Model> of(RulePack pack) {
        List<String> classNames = modelClassNames(pack);
        // Packs built into one jar share one index, which lists the model classes of every pack. Instantiating a model
        // class builds all its rules (and loads their classes), so only the classes of the pack's own Java package are
        // instantiated; the kie-maven-plugin generates each rule package's model there. Should a model class live in
        // another package, the other classes listed are tried.
        List<Model> models = instantiate(pack, classNames.stream().filter(name -> inRulePackage(pack, name)).toList());
        if (models.isEmpty()) {
            models = instantiate(pack, classNames.stream().filter(name -> !inRulePackage(pack, name)).toList());
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("rule pack '" + pack.id() + "': no executable model for package "
                    + pack.rulePackage() + " is listed in " + pack.executableModelIndex()
                    + "; was the pack built with the kie-maven-plugin (generateModel=YES)?");
        }
        return models;
    }

    /** The models among {@code classNames} whose rule package is the pack's. */
    private static List<Model> instantiate(RulePack pack, List<String> classNames) {
        List<Model> models = new ArrayList<>();
        for (String className : classNames) {
            Model model = instantiate(pack, className);
            if (pack.rulePackage().equals(model.getPackageName())) {
                models.add(model);
            }
        }
        return models;
    }

    private static boolean inRulePackage(RulePack pack, String className) {
        int lastDot = className.lastIndexOf('.');
        return lastDot > 0 && className.substring(0, lastDot).equals(pack.rulePackage());
    }

    private static List<String> modelClassNames(RulePack pack) {
        try (InputStream index = pack.classLoader().getResourceAsStream(pack.executableModelIndex())) {
            if (index == null) {
                throw new IllegalStateException("rule pack '" + pack.id() + "': the executable model index "
                        + pack.executableModelIndex() + " is not on the class path");
            }
            // The first line names the Drools model version; each further line names a model class.
            return new String(index.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.contains(":"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("rule pack '" + pack.id() + "': cannot read " + pack.executableModelIndex(), e);
        }
    }

    private static Model instantiate(RulePack pack, String className) {
        try {
            return (Model) Class.forName(className, true, pack.classLoader()).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("rule pack '" + pack.id() + "': cannot load model class " + className, e);
        }
    }
}
