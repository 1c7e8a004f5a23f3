package org.childplan.model.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The compiled classes of one package of plan-model, for tests that check rules across a whole package. */
final class PackageClasses {

    private PackageClasses() {
    }

    /** The main (not test) classes compiled into {@code packageName}, nested classes included, in name order. */
    static List<Class<?>> in(String packageName) {
        String folder = packageName.replace('.', '/');
        // The main classes, not the test classes of the same package.
        URL root = PlanValidator.class.getProtectionDomain().getCodeSource().getLocation();
        try (Stream<Path> files = Files.list(Path.of(root.toURI()).resolve(folder))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.equals("package-info.class"))
                    .sorted()
                    .<Class<?>>map(name -> load(packageName + "." + name.substring(0, name.length() - ".class".length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PackageClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
