package org.childplan.rules.testkit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Reads the files of a class-path folder, whether the folder lies in a directory or in a jar, and whether one or
 * several class-path entries hold it.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CaseResources {

    private CaseResources() {
    }

    /**
     * The YAML files directly in {@code folder} (for example {@code org/acme/rules}), by name, with their text; the
     * first class-path entry that holds a name wins.
     */
    public static Map<String, String> yamlFilesIn(ClassLoader loader, String folder) {
        Map<String, String> files = new TreeMap<>();
        try {
            Enumeration<URL> urls = loader.getResources(folder);
            while (urls.hasMoreElements()) {
                URI uri = urls.nextElement().toURI();
                if (uri.getScheme().equals("jar")) {
                    readJarFolder(uri, files);
                } else {
                    readFolder(Path.of(uri), files);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class-path folder " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the class-path folder " + folder, e);
        }
        return files;
    }

    private static void readJarFolder(URI uri, Map<String, String> files) throws IOException {
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        try {
            readFolder(jar.provider().getPath(uri), files);
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static void readFolder(Path folder, Map<String, String> files) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".yaml"))
                    .forEach(paths::add);
        }
        for (Path path : paths) {
            files.putIfAbsent(path.getFileName().toString(), Files.readString(path));
        }
    }
}
