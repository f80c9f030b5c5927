package org.geoprospect.tour;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A TSPLIB95 instance of type TSP with {@code EDGE_WEIGHT_TYPE: EUC_2D} (the benchmark instances
 * eil51, berlin52, kroA100, ch150, a280, pr1002): its name and node coordinates in file order.
 *
 * @param name the NAME field
 * @param x    node x coordinates
 * @param y    node y coordinates
 */
public record TsplibInstance(String name, double[] x, double[] y) {
    /** The TSPLIB cost (rounded Euclidean). */
    public TravelCost cost() {
        return EuclideanCost.tsplib(x, y);
    }

    /**
     * Reads an instance.
     *
     * @param source used in error messages (file name)
     * @throws IOException with one sentence naming the source and line when the file is not a
     *                     EUC_2D instance with DIMENSION coordinates
     */
    public static TsplibInstance read(Reader reader, String source) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String name = source;
        int dimension = -1;
        String weightType = null;
        List<double[]> nodes = new ArrayList<>();
        boolean inCoordinates = false;
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (t.equals("EOF")) {
                break;
            }
            if (inCoordinates) {
                String[] parts = t.split("\\s+");
                if (parts.length < 3) {
                    throw new IOException(source + " line " + lineNumber + ": expected 'index x y', found '" + t + "'.");
                }
                try {
                    nodes.add(new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])});
                } catch (NumberFormatException e) {
                    throw new IOException(source + " line " + lineNumber + ": coordinates are not numbers: '" + t + "'.", e);
                }
                continue;
            }
            if (t.startsWith("NODE_COORD_SECTION")) {
                inCoordinates = true;
                continue;
            }
            int colon = t.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = t.substring(0, colon).strip().toUpperCase(Locale.ROOT);
            String value = t.substring(colon + 1).strip();
            switch (key) {
                case "NAME" -> name = value;
                case "DIMENSION" -> dimension = Integer.parseInt(value);
                case "EDGE_WEIGHT_TYPE" -> weightType = value;
                default -> { }
            }
        }
        if (!"EUC_2D".equals(weightType)) {
            throw new IOException(source + " has EDGE_WEIGHT_TYPE " + weightType + "; only EUC_2D instances are supported.");
        }
        if (dimension != nodes.size()) {
            throw new IOException(source + " declares DIMENSION " + dimension + " but lists " + nodes.size() + " nodes.");
        }
        double[] x = new double[dimension];
        double[] y = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            x[i] = nodes.get(i)[0];
            y[i] = nodes.get(i)[1];
        }
        return new TsplibInstance(name, x, y);
    }
}
