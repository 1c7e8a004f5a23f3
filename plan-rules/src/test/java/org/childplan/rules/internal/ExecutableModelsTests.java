package org.childplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.childplan.rules.RuleDescriptor;
import org.childplan.rules.PackReadThrough;
import org.childplan.rules.scotland.ScotlandRulePack;
import org.childplan.rules.spi.RulePack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableModelsTests {

    private static final String INDEX = "META-INF/kie/org.childplan.test/shared-index/drools-model";

    /**
     * The Scotland pack read through an index that also lists a model class of another package, as the one index of a
     * jar holding several packs lists every pack's models.
     */
    private static RulePack sharedIndexPack(ClassLoader loader) {
        return new PackReadThrough(new ScotlandRulePack(), INDEX, loader);
    }

    @Test
    void aPackIsLoadedWithoutInstantiatingTheModelsOfOtherPackagesListedInTheSameIndex(@TempDir Path folder)
            throws IOException {
        Path index = folder.resolve(INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(index, scotlandIndex() + "\n" + ExplodingModel.class.getName() + "\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(folder)}, getClass().getClassLoader())) {
            RulePack pack = sharedIndexPack(loader);

            assertThat(LoadedPack.catalogue(pack)).extracting(RuleDescriptor::id)
                    .containsExactlyElementsOf(LoadedPack.catalogue(new ScotlandRulePack()).stream()
                            .map(RuleDescriptor::id).toList());
            assertThat(LoadedPack.load(pack).rules()).hasSameSizeAs(LoadedPack.catalogue(new ScotlandRulePack()));
        }
    }

    private static String scotlandIndex() {
        RulePack scotland = new ScotlandRulePack();
        try (InputStream in = scotland.classLoader().getResourceAsStream(scotland.executableModelIndex())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
