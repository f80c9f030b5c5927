package org.geoprospect.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.PackedPointIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The shapes and sites the select suite queries, derived deterministically from the loaded households
 * (project CRS, metres): the centre of the densest cell of a 64 × 64 grid over their extent, a star-like
 * polygon of 64 vertices around it sized to hold about 3.5 % of the households (35,000 at a million),
 * and 10,000 competitors placed near random households (seed 3). Immutable.
 */
record SelectWorkload(double centreX, double centreY, Polygon polygon, int polygonHits, double[] competitorX,
                      double[] competitorY) {
    /** Competitors of the nearest-competitor metric, as issue 5 asks. */
    static final int COMPETITORS = 10_000;
    /** Share of the households inside the polygon: 35k of a million, as issue 5 asks. */
    static final double POLYGON_SHARE = 0.035;
    private static final int VERTICES = 64;

    static SelectWorkload of(HouseholdColumns households, PackedPointIndex index) {
        double[] centre = densest(households);
        GeometryFactory factory = new GeometryFactory();
        int wanted = (int) Math.max(1, Math.round(households.size() * POLYGON_SHARE));
        double radius = 500;
        Polygon polygon = null;
        int hits = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            polygon = star(factory, centre[0], centre[1], radius);
            hits = index.selectPolygon(polygon).cardinality();
            if (Math.abs(hits - wanted) <= wanted * 0.05) {
                break;
            }
            radius *= Math.sqrt((double) wanted / Math.max(1, hits));
        }
        SplittableRandom random = new SplittableRandom(3);
        double[] kx = new double[COMPETITORS];
        double[] ky = new double[COMPETITORS];
        for (int k = 0; k < COMPETITORS; k++) {
            int near = random.nextInt(households.size());
            kx[k] = households.x(near) + random.nextDouble(-2000, 2000);
            ky[k] = households.y(near) + random.nextDouble(-2000, 2000);
        }
        return new SelectWorkload(centre[0], centre[1], polygon, hits, kx, ky);
    }

    /** Writes the competitors as CSV rows {@code id,x,y} (no header) for the PostGIS peer. */
    Path writeCompetitors(Path file) throws IOException {
        StringBuilder csv = new StringBuilder();
        for (int k = 0; k < competitorX.length; k++) {
            csv.append(String.format(Locale.ROOT, "%d,%.3f,%.3f%n", k, competitorX[k], competitorY[k]));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static double[] densest(HouseholdColumns h) {
        Envelope extent = new Envelope();
        for (int i = 0; i < h.size(); i++) {
            extent.expandToInclude(h.x(i), h.y(i));
        }
        int cells = 64;
        int[] counts = new int[cells * cells];
        for (int i = 0; i < h.size(); i++) {
            int cx = (int) Math.min(cells - 1, (h.x(i) - extent.getMinX()) / Math.max(1, extent.getWidth()) * cells);
            int cy = (int) Math.min(cells - 1, (h.y(i) - extent.getMinY()) / Math.max(1, extent.getHeight()) * cells);
            counts[cy * cells + cx]++;
        }
        int best = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return new double[] {extent.getMinX() + (best % cells + 0.5) * extent.getWidth() / cells,
                extent.getMinY() + (best / cells + 0.5) * extent.getHeight() / cells};
    }

    /** A 64-vertex polygon with five gentle lobes, so that it is not a convex regular shape. */
    private static Polygon star(GeometryFactory factory, double cx, double cy, double radius) {
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int k = 0; k < VERTICES; k++) {
            double angle = 2 * Math.PI * k / VERTICES;
            double r = radius * (1 + 0.15 * Math.sin(5 * angle));
            ring[k] = new Coordinate(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
        }
        ring[VERTICES] = ring[0];
        return factory.createPolygon(ring);
    }
}
