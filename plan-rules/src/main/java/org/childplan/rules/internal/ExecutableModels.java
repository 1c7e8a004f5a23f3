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
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames(pack)) {
            Model model = instantiate(pack, className);
            if (pack.rulePackage().equals(model.getPackageName())) {
                models.add(model);
            }
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("rule pack '" + pack.id() + "': no executable model for package "
                    + pack.rulePackage() + " is listed in " + pack.executableModelIndex()
                    + "; was the pack built with the kie-maven-plugin (generateModel=YES)?");
        }
        return models;
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
