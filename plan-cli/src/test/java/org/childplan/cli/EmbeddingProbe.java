package org.childplan.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.childplan.model.io.PlanDocument;
import org.childplan.model.io.PlanDocuments;
import org.childplan.model.io.PlanFormat;
import org.childplan.model.io.PlanReadException;

/**
 * What an application that embeds childplan sees, run by {@link MinimumVersionsIntegrationTests} in a JVM of its own
 * on a given class path: first the version and jar of each library that the minimum versions replace, one line each,
 * then every plan named on the command line read with {@link PlanDocuments} and written back as JSON and YAML, or the
 * located error that reading it gave.
 */
public final class EmbeddingProbe {

    private EmbeddingProbe() {
    }

    /** Prints the libraries and the plans read from {@code args} on standard output. */
    public static void main(String[] args) throws Exception {
        library("jackson-annotations", null, com.fasterxml.jackson.annotation.JsonProperty.class);
        library("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString(),
                com.fasterxml.jackson.core.JsonParser.class);
        library("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
                com.fasterxml.jackson.databind.ObjectMapper.class);
        library("jackson-dataformat-yaml", com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION.toString(),
                com.fasterxml.jackson.dataformat.yaml.YAMLFactory.class);
        library("jackson-datatype-jsr310", com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString(),
                com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class);
        library("snakeyaml", null, org.yaml.snakeyaml.LoaderOptions.class);
        library("commons-lang3", null, org.apache.commons.lang3.Range.class);
        for (String file : args) {
            System.out.println("== " + file);
            try {
                PlanDocument document = PlanDocuments.read(Path.of(file));
                System.out.print(PlanDocuments.write(document.plan(), PlanFormat.JSON));
                System.out.print(PlanDocuments.write(document.plan(), PlanFormat.YAML));
            } catch (PlanReadException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    /** One line: the library, the version it declares (or {@code -}), the jar its class was loaded from. */
    private static void library(String name, String version, Class<?> type) throws URISyntaxException {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        System.out.println("library " + name + " " + (version == null ? "-" : version) + " " + jar);
    }
}
