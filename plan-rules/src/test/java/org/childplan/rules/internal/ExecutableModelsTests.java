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
import org.childplan.model.Jurisdiction;
import org.childplan.rules.RuleDescriptor;
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
    static final class SharedIndexPack implements RulePack {

        private final RulePack scotland = new ScotlandRulePack();
        private final ClassLoader loader;

        SharedIndexPack(ClassLoader loader) {
            this.loader = loader;
        }

        @Override
        public String id() {
            return scotland.id();
        }

        @Override
        public String title() {
            return scotland.title();
        }

        @Override
        public String version() {
            return scotland.version();
        }

        @Override
        public Jurisdiction jurisdiction() {
            return scotland.jurisdiction();
        }

        @Override
        public String rulePackage() {
            return scotland.rulePackage();
        }

        @Override
        public String executableModelIndex() {
            return INDEX;
        }

        @Override
        public ClassLoader classLoader() {
            return loader;
        }
    }

    @Test
    void aPackIsLoadedWithoutInstantiatingTheModelsOfOtherPackagesListedInTheSameIndex(@TempDir Path folder)
            throws IOException {
        Path index = folder.resolve(INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(index, scotlandIndex() + "\n" + ExplodingModel.class.getName() + "\n");

        try (URLClassLoader loader = new URLClassLoader(new URL[] {url(folder)}, getClass().getClassLoader())) {
            RulePack pack = new SharedIndexPack(loader);

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
