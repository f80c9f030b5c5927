package org.geoprospect.io.shp;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The five files of a shapefile set, found beside the .shp under the same base name.
 *
 * <p>For reading, siblings are matched case-insensitively ("ROADS.SHP" with "roads.dbf"), because
 * sets copied from Windows often mix cases; a missing optional file is {@code null}. Immutable.
 */
record ShapefilePaths(Path shp, Path shx, Path dbf, Path prj, Path cpg) {

    /** Paths to create beside {@code shp}, using the case of its extension. */
    static ShapefilePaths forWriting(Path shp) {
        String name = fileName(shp);
        if (!name.toLowerCase(Locale.ROOT).endsWith(".shp") || name.length() == 4) {
            throw new IllegalArgumentException("The shapefile path must end with .shp: " + shp);
        }
        String base = name.substring(0, name.length() - 4);
        boolean upper = name.endsWith(".SHP");
        return new ShapefilePaths(shp, sibling(shp, base, "shx", upper), sibling(shp, base, "dbf", upper),
                sibling(shp, base, "prj", upper), sibling(shp, base, "cpg", upper));
    }

    /** Existing files beside {@code shp}; absent ones are null (the caller decides which are required). */
    static ShapefilePaths forReading(Path shp) throws IOException {
        String name = fileName(shp);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path dir = shp.toAbsolutePath().getParent();
        Path shx = null;
        Path dbf = null;
        Path prj = null;
        Path cpg = null;
        if (dir != null && Files.isDirectory(dir)) {
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(dir)) {
                for (Path candidate : siblings) {
                    String candidateName = fileName(candidate);
                    if (candidateName.length() != base.length() + 4
                            || !candidateName.regionMatches(true, 0, base + ".", 0, base.length() + 1)) {
                        continue;
                    }
                    String ext = candidateName.substring(base.length() + 1).toLowerCase(Locale.ROOT);
                    boolean exact = candidateName.startsWith(base);
                    switch (ext) {
                        case "shx" -> shx = prefer(shx, candidate, exact, base);
                        case "dbf" -> dbf = prefer(dbf, candidate, exact, base);
                        case "prj" -> prj = prefer(prj, candidate, exact, base);
                        case "cpg" -> cpg = prefer(cpg, candidate, exact, base);
                        default -> { }
                    }
                }
            }
        }
        return new ShapefilePaths(shp, shx, dbf, prj, cpg);
    }

    /** Deletes every file of the set that exists; used to clean up after a failed write. */
    void deleteAllQuietly() {
        for (Path path : new Path[] {shp, shx, dbf, prj, cpg}) {
            if (path != null) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // Best effort: the original failure is what the caller reports.
                }
            }
        }
    }

    /** Prefers a sibling whose base name has exactly the .shp's case. */
    private static Path prefer(Path current, Path candidate, boolean exact, String base) {
        if (current == null) {
            return candidate;
        }
        return exact && !fileName(current).startsWith(base) ? candidate : current;
    }

    private static Path sibling(Path shp, String base, String ext, boolean upper) {
        return shp.resolveSibling(base + "." + (upper ? ext.toUpperCase(Locale.ROOT) : ext));
    }

    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
