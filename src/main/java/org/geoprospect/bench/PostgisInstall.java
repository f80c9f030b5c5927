package org.geoprospect.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds PostgreSQL 15 and PostGIS 3 (Debian packages), installing them with
 * {@code apt-get install -y postgresql postgresql-15-postgis-3} when allowed, running as root and apt is
 * available. Not thread-safe (remembers the outcome of the first look-up).
 */
final class PostgisInstall {
    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final Path CONTROL = Path.of("/usr/share/postgresql/15/extension/postgis.control");
    private static final List<String> PACKAGES = List.of("postgresql", "postgresql-15-postgis-3");

    private String missingReason;
    private boolean checked;

    /** Null when PostgreSQL + PostGIS are ready, else why the peer is skipped (one sentence for the rows' notes). */
    String missingReason(BenchContext context) {
        if (!checked) {
            checked = true;
            missingReason = find(context);
        }
        return missingReason;
    }

    private static boolean present() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"))
                && Files.isRegularFile(CONTROL) && ExternalCommand.onPath("psql").isPresent();
    }

    private static String find(BenchContext context) {
        if (present()) {
            return null;
        }
        if (context.quick()) {
            return "PostGIS peer skipped in --quick mode (PostgreSQL 15 + PostGIS 3 are not installed)";
        }
        if (!context.installPeers()) {
            return "PostGIS peer skipped: PostgreSQL 15 + PostGIS 3 are not installed"
                    + " (install the Debian packages postgresql and postgresql-15-postgis-3)";
        }
        Optional<Path> apt = ExternalCommand.onPath("apt-get");
        if (!"root".equals(System.getProperty("user.name")) || apt.isEmpty()) {
            return "PostGIS peer skipped: PostgreSQL 15 + PostGIS 3 are not installed and cannot be installed here"
                    + " (needs root and apt-get; install the Debian packages postgresql and postgresql-15-postgis-3)";
        }
        context.say("installing postgresql and postgresql-15-postgis-3 with apt-get");
        Path log = context.workDir().resolve("apt-get-postgis.log");
        List<String> install = new java.util.ArrayList<>(List.of(apt.get().toString(), "install", "-y"));
        install.addAll(PACKAGES);
        try {
            try {
                ExternalCommand.run(install, context.workDir(), log);
            } catch (IOException firstTry) {
                // A fresh machine often has no package lists yet.
                ExternalCommand.run(List.of(apt.get().toString(), "update"), context.workDir(), log);
                ExternalCommand.run(install, context.workDir(), log);
            }
        } catch (IOException e) {
            return "PostGIS peer skipped: installing postgresql-15-postgis-3 failed (" + e.getMessage() + ")";
        }
        return present() ? null : "PostGIS peer skipped: the packages were installed but initdb, pg_ctl, psql or"
                + " the postgis extension is still missing";
    }
}
