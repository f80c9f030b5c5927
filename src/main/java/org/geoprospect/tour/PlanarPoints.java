package org.geoprospect.tour;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Named planar points for {@code tour --points}: a CSV with columns {@code id,x,y} (comma or
 * semicolon, header required, UTF-8) or a TSPLIB EUC_2D {@code .tsp} file (ids are 1-based node
 * numbers). Immutable.
 *
 * @param ids point names, unique
 * @param x   x coordinates
 * @param y   y coordinates
 */
public record PlanarPoints(List<String> ids, double[] x, double[] y) {
    public PlanarPoints {
        ids = List.copyOf(ids);
    }

    /**
     * Reads a points file.
     *
     * @throws IOException with one sentence naming the file and row when it is malformed
     */
    public static PlanarPoints read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsp")) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
                TsplibInstance instance = TsplibInstance.read(in, file.toString());
                List<String> ids = new ArrayList<>();
                for (int i = 1; i <= instance.x().length; i++) {
                    ids.add(Integer.toString(i));
                }
                return new PlanarPoints(ids, instance.x(), instance.y());
            }
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException(file + " is empty; it needs a header id,x,y and one point per row.");
        }
        String header = lines.get(0).replace("\uFEFF", "").strip();
        String separator = header.contains(";") ? ";" : ",";
        String[] columns = header.toLowerCase(Locale.ROOT).split(separator, -1);
        int idCol = indexOf(columns, "id");
        int xCol = indexOf(columns, "x");
        int yCol = indexOf(columns, "y");
        if (idCol < 0 || xCol < 0 || yCol < 0) {
            throw new IOException(file + " needs the columns id, x and y in its header, found '" + header + "'.");
        }
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        double[] x = new double[lines.size()];
        double[] y = new double[lines.size()];
        int n = 0;
        for (int row = 1; row < lines.size(); row++) {
            String line = lines.get(row).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split(separator, -1);
            if (cells.length <= Math.max(idCol, Math.max(xCol, yCol))) {
                throw new IOException(file + " row " + (row + 1) + " has " + cells.length + " cells; it needs id, x and y.");
            }
            String id = cells[idCol].strip();
            if (!seen.add(id)) {
                throw new IOException(file + " row " + (row + 1) + ": the id '" + id + "' appears twice; ids must be unique.");
            }
            try {
                x[n] = Double.parseDouble(cells[xCol].strip());
                y[n] = Double.parseDouble(cells[yCol].strip());
            } catch (NumberFormatException e) {
                throw new IOException(file + " row " + (row + 1) + ": x and y must be numbers with a decimal point.", e);
            }
            ids.add(id);
            n++;
        }
        return new PlanarPoints(ids, java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n));
    }

    private static int indexOf(String[] columns, String name) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].strip().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
