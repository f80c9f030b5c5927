package org.geoprospect.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (falls back to "development" when run from classes). */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = GeoProspectCommand.class.getPackage().getImplementationVersion();
        return new String[] {"GeoProspect " + (version == null ? "development" : version)};
    }
}
