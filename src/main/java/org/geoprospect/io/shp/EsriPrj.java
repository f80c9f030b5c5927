package org.geoprospect.io.shp;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ESRI flavour of WKT written into {@code .prj} files, per EPSG code.
 *
 * <p>ESRI WKT (not OGC WKT) is what ArcGIS, QGIS and GDAL expect in a {@code .prj}; it carries no
 * AUTHORITY clause, so readers recognise it by its names (see {@link PrjSrid}). Stateless and
 * thread-safe.
 */
public final class EsriPrj {
    private static final String LAMBERT_93 = "PROJCS[\"RGF93_Lambert_93\","
            + "GEOGCS[\"GCS_RGF_1993\",DATUM[\"D_RGF_1993\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
            + "PROJECTION[\"Lambert_Conformal_Conic\"],"
            + "PARAMETER[\"False_Easting\",700000.0],PARAMETER[\"False_Northing\",6600000.0],"
            + "PARAMETER[\"Central_Meridian\",3.0],PARAMETER[\"Standard_Parallel_1\",49.0],"
            + "PARAMETER[\"Standard_Parallel_2\",44.0],PARAMETER[\"Latitude_Of_Origin\",46.5],"
            + "UNIT[\"Meter\",1.0]]";

    private static final String WGS84 = "GEOGCS[\"GCS_WGS_1984\","
            + "DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],"
            + "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private static final Map<Integer, String> WKT_BY_SRID = Map.of(2154, LAMBERT_93, 4326, WGS84);

    private EsriPrj() {
    }

    /**
     * Returns the ESRI WKT of an EPSG code.
     *
     * @throws IllegalArgumentException when the code has no ESRI WKT here
     */
    public static String wkt(int srid) {
        String wkt = WKT_BY_SRID.get(srid);
        if (wkt == null) {
            throw new IllegalArgumentException("No .prj text is known for EPSG:" + srid
                    + "; shapefiles can be written in EPSG:" + supportedSrids() + " only.");
        }
        return wkt;
    }

    /** Whether {@link #wkt(int)} knows this EPSG code. */
    public static boolean supports(int srid) {
        return WKT_BY_SRID.containsKey(srid);
    }

    /** The EPSG codes {@link #wkt(int)} knows, in ascending order. */
    public static Set<Integer> supportedSrids() {
        return new TreeSet<>(WKT_BY_SRID.keySet());
    }

    /** Returns the EPSG code whose ESRI WKT is exactly this text, if any. */
    static OptionalInt sridOfExactText(String wkt) {
        for (Map.Entry<Integer, String> entry : WKT_BY_SRID.entrySet()) {
            if (entry.getValue().equals(wkt)) {
                return OptionalInt.of(entry.getKey());
            }
        }
        return OptionalInt.empty();
    }
}
