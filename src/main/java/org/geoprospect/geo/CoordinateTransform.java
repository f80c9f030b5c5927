package org.geoprospect.geo;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.geoprospect.geo.crs.GridFreeDatums;
import org.cts.CRSFactory;
import org.cts.crs.CRSException;
import org.cts.crs.CoordinateReferenceSystem;
import org.cts.crs.GeodeticCRS;
import org.cts.op.CoordinateOperation;
import org.cts.op.CoordinateOperationException;
import org.cts.op.CoordinateOperationFactory;
import org.cts.registry.EPSGRegistry;
import org.cts.registry.RegistryManager;

/**
 * Transforms coordinates from one EPSG CRS to another, using the CTS library.
 *
 * <p>Coordinates are (x, y) in the CRS's axis order as used by shapefiles and H2GIS: longitude
 * before latitude for geographic CRSs, easting before northing for projected ones.
 * Instances are immutable; {@link #transform(double[])} is thread-safe because CTS operations
 * keep no state between calls.
 */
public final class CoordinateTransform {
    private static final CRSFactory FACTORY = createFactory();

    private final int sourceSrid;
    private final int targetSrid;
    private final CoordinateOperation operation;

    private CoordinateTransform(int sourceSrid, int targetSrid, CoordinateOperation operation) {
        this.sourceSrid = sourceSrid;
        this.targetSrid = targetSrid;
        this.operation = operation;
    }

    private static CRSFactory createFactory() {
        CRSFactory factory = new CRSFactory();
        RegistryManager registries = factory.getRegistryManager();
        registries.addRegistry(new EPSGRegistry());
        return factory;
    }

    /**
     * Returns the transform between two EPSG codes (identity when they are equal).
     *
     * @throws IllegalArgumentException when either code is unknown or no operation links them
     */
    public static CoordinateTransform between(int sourceSrid, int targetSrid) {
        if (sourceSrid == targetSrid) {
            return new CoordinateTransform(sourceSrid, targetSrid, null);
        }
        GeodeticCRS source = crs(sourceSrid);
        GeodeticCRS target = crs(targetSrid);
        try {
            Set<CoordinateOperation> operations = CoordinateOperationFactory.createCoordinateOperations(source, target);
            if (operations.isEmpty()) {
                throw new IllegalArgumentException("No coordinate operation from EPSG:" + sourceSrid + " to EPSG:" + targetSrid);
            }
            return new CoordinateTransform(sourceSrid, targetSrid, CoordinateOperationFactory.getMostPrecise(operations));
        } catch (CoordinateOperationException e) {
            throw new IllegalArgumentException("No coordinate operation from EPSG:" + sourceSrid + " to EPSG:" + targetSrid, e);
        }
    }

    /** Whether CTS knows this EPSG code. */
    public static boolean isKnown(int srid) {
        try {
            return FACTORY.getCRS("EPSG:" + srid) instanceof GeodeticCRS;
        } catch (CRSException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether the code names a projected CRS in metres — what a project's CRS must be, so that its
     * distances and areas are planar metres (a geographic CRS in degrees, or one in feet, is not).
     */
    public static boolean isProjectedInMetres(int srid) {
        try {
            GeodeticCRS crs = crs(srid);
            return crs instanceof org.cts.crs.ProjectedCRS
                    && org.cts.units.Unit.METER.equals(crs.getCoordinateSystem().getUnit(0));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return false;
        }
    }

    /** CRSs built from rewritten definitions, by code; CTS's own pool only caches registry lookups. */
    private static final Map<Integer, CoordinateReferenceSystem> GRID_FREE = new ConcurrentHashMap<>();

    private static GeodeticCRS crs(int srid) {
        try {
            CoordinateReferenceSystem crs = gridFree(srid).orElse(null);
            if (crs == null) {
                crs = FACTORY.getCRS("EPSG:" + srid);
            }
            if (crs instanceof GeodeticCRS geodetic) {
                return geodetic;
            }
            throw new IllegalArgumentException("EPSG:" + srid + " is not a geodetic CRS");
        } catch (CRSException e) {
            throw new IllegalArgumentException("Unknown CRS EPSG:" + srid, e);
        }
    }

    /**
     * NAD27 and NAD83 CRSs rebuilt without grids (see {@link GridFreeDatums}): CTS's own definitions
     * cannot be shifted to WGS84, so every transform between them and other datums failed.
     */
    private static Optional<CoordinateReferenceSystem> gridFree(int srid) throws CRSException {
        CoordinateReferenceSystem cached = GRID_FREE.get(srid);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> definition = GridFreeDatums.definition(srid);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        CoordinateReferenceSystem crs = FACTORY.createFromPrj4(definition.get());
        GRID_FREE.putIfAbsent(srid, crs);
        return Optional.of(crs);
    }

    public int sourceSrid() {
        return sourceSrid;
    }

    public int targetSrid() {
        return targetSrid;
    }

    /**
     * Transforms one coordinate.
     *
     * @param xy {x, y} in the source CRS; not modified
     * @return a new {x, y} array in the target CRS
     * @throws IllegalArgumentException when the point cannot be transformed
     */
    public double[] transform(double[] xy) {
        if (operation == null) {
            return new double[] {xy[0], xy[1]};
        }
        try {
            double[] result = operation.transform(new double[] {xy[0], xy[1], 0});
            return new double[] {result[0], result[1]};
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot transform (" + xy[0] + ", " + xy[1] + ") from EPSG:"
                    + sourceSrid + " to EPSG:" + targetSrid, e);
        }
    }

    /** Transforms one coordinate given as two numbers; see {@link #transform(double[])}. */
    public double[] transform(double x, double y) {
        return transform(new double[] {x, y});
    }
}
