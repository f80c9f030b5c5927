package org.geoprospect.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private PostgreSQL 15 + PostGIS cluster for the select suite's peer: created with {@code initdb} in
 * a scratch folder, listening on loopback only (a free port, its socket in the same folder, trust
 * authentication for the user {@code bench}), loaded with the workload's households, and stopped and
 * deleted by {@link #close()}. As root, the server runs as the {@code postgres} user (PostgreSQL
 * refuses to run as root).
 *
 * <p>Queries are timed by {@code psql}'s {@code \timing} (client-side round trip of each statement in
 * one session), so the process start is not counted. Not thread-safe.
 */
final class PostgisCluster implements AutoCloseable {
    private static final Pattern TIME = Pattern.compile("^Time: ([0-9.]+) ms");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asPostgres;
    private boolean started;

    private PostgisCluster(Path home, int port, boolean asPostgres) {
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** Creates and starts a cluster in a new folder under the system's temporary folder. */
    static PostgisCluster start(BenchContext context) throws IOException {
        boolean root = "root".equals(System.getProperty("user.name"));
        // Under java.io.tmpdir (world-searchable), not under the work folder, which may be private to root.
        Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "geoprospect-pg");
        if (root) {
            UserPrincipal postgres = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(home, postgres);
        }
        PostgisCluster cluster = new PostgisCluster(home, freePort(), root);
        try {
            context.say("starting a private PostgreSQL cluster on 127.0.0.1:" + cluster.port);
            cluster.server(List.of(PostgisInstall.BIN.resolve("initdb").toString(), "-D", cluster.data.toString(),
                    "-U", "bench", "-A", "trust", "--no-locale", "-E", "UTF8", "--no-sync"), "initdb.log");
            cluster.server(List.of(PostgisInstall.BIN.resolve("pg_ctl").toString(), "-D", cluster.data.toString(),
                    "-l", home.resolve("server.log").toString(), "-w", "-o",
                    "-p " + cluster.port + " -k " + home + " -c listen_addresses=127.0.0.1", "start"), "pg_ctl.log");
            cluster.started = true;
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * Loads the households CSV (lon/lat WGS84 → {@code geometry(Point, 2154)}, GiST index), a sample table
     * of every {@code sampleStep}-th household for the nearest-neighbour query, and the competitors
     * (x, y already in Lambert-93, GiST index); then VACUUM ANALYZE.
     */
    void load(Path householdsCsv, Path competitorsCsv, int sampleStep) throws IOException {
        String header;
        try (var reader = Files.newBufferedReader(householdsCsv, StandardCharsets.UTF_8)) {
            header = reader.readLine();
        }
        List<String> columns = new ArrayList<>();
        for (String name : header.replace("\uFEFF", "").split(",")) {
            if (!COLUMN.matcher(name).matches()) {
                throw new IOException("The workload's CSV header holds an unexpected column name '" + name + "'.");
            }
            columns.add(name + " text");
        }
        String script = String.join("\n",
                "\\set ON_ERROR_STOP on",
                "CREATE EXTENSION IF NOT EXISTS postgis;",
                "CREATE UNLOGGED TABLE hh_raw (" + String.join(", ", columns) + ");",
                "\\copy hh_raw FROM '" + householdsCsv.toAbsolutePath() + "' WITH (FORMAT csv, HEADER true)",
                "CREATE TABLE household AS SELECT row_number() OVER () AS id, anon_code,"
                        + " ST_Transform(ST_SetSRID(ST_MakePoint(lon::float8, lat::float8), 4326), 2154)::geometry(Point, 2154)"
                        + " AS geom FROM hh_raw;",
                "DROP TABLE hh_raw;",
                "CREATE INDEX household_geom_idx ON household USING gist (geom);",
                "CREATE TABLE household_sample AS SELECT id, geom FROM household WHERE id % " + sampleStep + " = 0;",
                "CREATE TABLE competitor (id int, x float8, y float8);",
                "\\copy competitor FROM '" + competitorsCsv.toAbsolutePath() + "' WITH (FORMAT csv)",
                "ALTER TABLE competitor ADD COLUMN geom geometry(Point, 2154);",
                "UPDATE competitor SET geom = ST_SetSRID(ST_MakePoint(x, y), 2154);",
                "CREATE INDEX competitor_geom_idx ON competitor USING gist (geom);",
                "VACUUM ANALYZE household;",
                "VACUUM ANALYZE household_sample;",
                "VACUUM ANALYZE competitor;", "");
        psql(script, "load");
    }

    /** A query timed in one psql session: its first result line, and the measured runs in milliseconds. */
    record Timed(String result, double[] millis) {
    }

    /** Runs the query {@code warmups + runs} times in one session and returns the last {@code runs} timings. */
    Timed time(String query, int warmups, int runs) throws IOException {
        StringBuilder script = new StringBuilder("\\set ON_ERROR_STOP on\n\\pset tuples_only on\n\\pset format unaligned\n"
                + "\\timing on\n");
        for (int i = 0; i < warmups + runs; i++) {
            script.append(query).append('\n');
        }
        List<String> lines = psql(script.toString(), "query");
        List<Double> times = new ArrayList<>();
        String result = null;
        for (String line : lines) {
            Matcher m = TIME.matcher(line);
            if (m.find()) {
                times.add(Double.parseDouble(m.group(1)));
            } else if (result == null && !line.isBlank() && !line.startsWith("Timing") && !line.startsWith("Tuples")
                    && !line.startsWith("Output format")) {
                result = line.strip();
            }
        }
        if (times.size() != warmups + runs) {
            throw new IOException("psql printed " + times.size() + " timings for " + (warmups + runs) + " queries.");
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            millis[i] = times.get(warmups + i);
        }
        return new Timed(result, millis);
    }

    private List<String> psql(String script, String name) throws IOException {
        Path file = Files.createTempFile("geoprospect-psql-" + name, ".sql");
        Path log = Files.createTempFile("geoprospect-psql-" + name, ".log");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            String psql = ExternalCommand.onPath("psql").orElseThrow(() -> new IOException("psql is not on the PATH.")).toString();
            ExternalCommand.run(List.of(psql, "-X", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "bench",
                    "-d", "postgres", "-f", file.toString()), file.getParent(), log);
            return Files.readAllLines(log, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(log);
        }
    }

    private void server(List<String> command, String logName) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        // The log is written by this process; the working folder must be readable by the server's user.
        ExternalCommand.run(full, home, home.resolve(logName));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops the server (fast shutdown) when it was started, then deletes the cluster's folder. */
    @Override
    public void close() throws IOException {
        try {
            if (started) {
                started = false;
                server(List.of(PostgisInstall.BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast",
                        "-w", "stop"), "pg_stop.log");
            }
        } finally {
            Scratch.deleteTree(home);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PostgreSQL cluster on 127.0.0.1:%d in %s", port, home);
    }
}
