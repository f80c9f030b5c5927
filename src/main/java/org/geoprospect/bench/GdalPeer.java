package org.geoprospect.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * GDAL's {@code ogr2ogr}, the import peer: found on the PATH, or installed with
 * {@code apt-get install -y gdal-bin} when allowed, running as root and apt is available; otherwise
 * absent with the reason. Not thread-safe (remembers the outcome of the first look-up).
 */
final class GdalPeer {
    static final String NAME = "gdal ogr2ogr";

    private Optional<Path> program;
    private String missingReason;

    /** The ogr2ogr executable, installing GDAL first when allowed; empty with {@link #missingReason()}. */
    Optional<Path> ogr2ogr(BenchContext context) {
        if (program != null) {
            return program;
        }
        program = ExternalCommand.onPath("ogr2ogr");
        if (program.isEmpty()) {
            program = install(context);
        }
        return program;
    }

    /** Why the peer is absent, for the rows' notes. */
    String missingReason() {
        return missingReason;
    }

    private Optional<Path> install(BenchContext context) {
        if (!context.installPeers()) {
            missingReason = "peer skipped: ogr2ogr is not installed (install the Debian package gdal-bin)";
            return Optional.empty();
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Optional<Path> apt = ExternalCommand.onPath("apt-get");
        if (!root || apt.isEmpty()) {
            missingReason = "peer skipped: ogr2ogr is not installed and cannot be installed here"
                    + " (needs root and apt-get; install the Debian package gdal-bin)";
            return Optional.empty();
        }
        context.say("installing gdal-bin with apt-get");
        try {
            Path log = context.workDir().resolve("apt-get.log");
            try {
                ExternalCommand.run(List.of(apt.get().toString(), "install", "-y", "gdal-bin"), context.workDir(), log);
            } catch (IOException firstTry) {
                // A fresh machine often has no package lists yet.
                ExternalCommand.run(List.of(apt.get().toString(), "update"), context.workDir(), log);
                ExternalCommand.run(List.of(apt.get().toString(), "install", "-y", "gdal-bin"), context.workDir(), log);
            }
        } catch (IOException e) {
            missingReason = "peer skipped: installing gdal-bin failed (" + e.getMessage() + ")";
            return Optional.empty();
        }
        Optional<Path> installed = ExternalCommand.onPath("ogr2ogr");
        if (installed.isEmpty()) {
            missingReason = "peer skipped: gdal-bin was installed but ogr2ogr is not on the PATH";
        }
        return installed;
    }
}
