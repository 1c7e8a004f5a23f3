package org.childplan.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads {@code --version} from the jar's manifest ({@code Implementation-Version}), written by the build. */
final class ManifestVersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = ManifestVersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "childplan " + (version == null ? "(unpackaged build: no version in a manifest)" : version),
            "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"
        };
    }
}
