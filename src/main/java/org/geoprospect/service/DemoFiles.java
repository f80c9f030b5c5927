package org.geoprospect.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo territory's files (the committed {@code maps/} and {@code sample-data/}), which the build
 * copies into the jar so the demo project can be created wherever the application is started.
 */
public final class DemoFiles {
    private static final String ROOT = "/org/geoprospect/demo/files/";
    /** Layers of maps/, in drawing order (bottom first). */
    public static final List<String> MAP_LAYERS = List.of("territory", "sectors", "roads", "railways", "communes");
    private static final List<String> SHAPEFILE_PARTS = List.of(".shp", ".shx", ".dbf", ".prj", ".cpg");
    /** Customer files of sample-data/. */
    public static final List<String> SAMPLE_FILES = List.of("households.csv", "clients.csv", "orders.csv", "competitors.csv");

    private DemoFiles() {
    }

    /**
     * Copies the demo files into {@code dir} as {@code dir/maps/…} and {@code dir/sample-data/…}.
     *
     * @throws UserFacingException when the application was built without its demo files
     */
    public static void extractTo(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        for (String layer : MAP_LAYERS) {
            for (String part : SHAPEFILE_PARTS) {
                names.add("maps/" + layer + part);
            }
        }
        for (String file : SAMPLE_FILES) {
            names.add("sample-data/" + file);
        }
        for (String name : names) {
            try (InputStream in = DemoFiles.class.getResourceAsStream(ROOT + name)) {
                if (in == null) {
                    throw new UserFacingException("The demo file " + name
                            + " is missing from the application; rebuild it with 'mvn package' from a complete checkout.");
                }
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
