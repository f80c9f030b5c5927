package org.geoprospect.io.shp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geoprospect.geo.crs.CrsParameters;
import org.geoprospect.geo.crs.Ellipsoid;
import org.geoprospect.geo.crs.GeodeticDatum;
import org.geoprospect.geo.crs.ProjectionMethod;

/**
 * What a WKT CRS says about itself, in canonical units: its name, datum name, ellipsoid and projection
 * parameters. Reads WKT1 as ESRI, GDAL and QGIS write it ({@code PROJCS}/{@code GEOGCS}) and WKT2
 * ({@code PROJCRS}/{@code GEOGCRS}); for a compound CRS, its horizontal part.
 *
 * <p>Units: WKT1 gives projection angles in the GEOGCS's angular unit (grads for NTF Paris) and the
 * prime meridian in degrees whatever that unit (the ESRI and GDAL convention); WKT2 gives each value its
 * own unit. A prime meridian named "Paris" is taken as 2.33722917° east whatever its number, because
 * writers disagree on its unit (GDAL's WKT2 prints 2.5969213 grad, its WKT1 2.33722917).
 * Immutable and thread-safe.
 *
 * @param name       the root's name ("" when absent)
 * @param projected  whether it is a projected CRS (else geographic)
 * @param datumName  the DATUM (or WKT2 ENSEMBLE) name, or null
 * @param ellipsoid  the ellipsoid, or null when not given
 * @param parameters the projection in canonical units, or null when the projection or its units are not
 *                   understood (then only the name can recognise the CRS)
 * @param methodName the PROJECTION / METHOD name as written ("" for a geographic CRS)
 */
record PrjCrsDescription(String name, boolean projected, String datumName, Ellipsoid ellipsoid, CrsParameters parameters,
                         String methodName) {
    private static final double PARIS_DEGREES = 2.33722917;
    private static final double RADIANS_PER_DEGREE = Math.PI / 180;
    private static final Set<String> PROJECTED = Set.of("PROJCS", "PROJCRS", "PROJECTEDCRS");
    private static final Set<String> GEOGRAPHIC = Set.of("GEOGCS", "GEOGCRS", "GEOGRAPHICCRS", "GEODCRS",
            "GEODETICCRS");
    private static final String[] BASE_KEYWORDS = {"GEOGCS", "BASEGEOGCRS", "BASEGEODCRS", "GEOGCRS", "GEODCRS"};

    /** Canonical parameter keys by normalised ESRI, OGC (WKT1) and EPSG (WKT2) parameter names. */
    private static final Map<String, String> PARAMETER_KEYS = parameterKeys();

    private static Map<String, String> parameterKeys() {
        Map<String, String> keys = new HashMap<>();
        for (String n : new String[] {"LATITUDEOFORIGIN", "LATITUDEOFNATURALORIGIN", "LATITUDEOFFALSEORIGIN",
                "LATITUDEOFCENTER", "LATITUDEOFCENTRE"}) {
            keys.put(n, "lat0");
        }
        for (String n : new String[] {"CENTRALMERIDIAN", "LONGITUDEOFNATURALORIGIN", "LONGITUDEOFFALSEORIGIN",
                "LONGITUDEOFORIGIN", "LONGITUDEOFCENTER", "LONGITUDEOFCENTRE"}) {
            keys.put(n, "lon0");
        }
        keys.put("STANDARDPARALLEL1", "sp1");
        keys.put("LATITUDEOF1STSTANDARDPARALLEL", "sp1");
        keys.put("STANDARDPARALLEL2", "sp2");
        keys.put("LATITUDEOF2NDSTANDARDPARALLEL", "sp2");
        keys.put("SCALEFACTOR", "k");
        keys.put("SCALEFACTORATNATURALORIGIN", "k");
        keys.put("FALSEEASTING", "x0");
        keys.put("EASTINGATFALSEORIGIN", "x0");
        keys.put("FALSENORTHING", "y0");
        keys.put("NORTHINGATFALSEORIGIN", "y0");
        keys.put("AUXILIARYSPHERETYPE", "auxiliarySphere");
        return Map.copyOf(keys);
    }

    /**
     * Describes a parsed WKT CRS.
     *
     * @return empty when the root is neither a projected nor a geographic CRS
     */
    static Optional<PrjCrsDescription> of(WktNode root) {
        WktNode crs = horizontal(root);
        if (crs == null) {
            return Optional.empty();
        }
        boolean projected = PROJECTED.contains(crs.keyword());
        WktNode geog = projected ? crs.childAny(BASE_KEYWORDS).orElse(null) : crs;
        WktNode datum = geog == null ? null : geog.childAny("DATUM", "ENSEMBLE", "GEODETICDATUM", "TRF").orElse(null);
        Ellipsoid ellipsoid = datum == null ? null : ellipsoid(datum);
        double angleUnit = geog == null ? RADIANS_PER_DEGREE : angleUnit(geog);
        double primeMeridian = geog == null ? 0 : primeMeridian(geog, angleUnit);
        String datumName = datum == null ? null : datum.name();
        if (!projected) {
            // Coordinates of a geographic CRS are in its angular unit: only degrees fit the catalogue.
            CrsParameters geographic = isDegree(angleUnit)
                    ? new CrsParameters(ProjectionMethod.NONE, 0, primeMeridian, 0, 0, 1, 0, 0)
                    : null;
            return Optional.of(new PrjCrsDescription(crs.name(), false, datumName, ellipsoid, geographic, ""));
        }
        WktNode conversion = crs.child("CONVERSION").orElse(crs);
        String methodName = conversion.childAny("PROJECTION", "METHOD").map(WktNode::name).orElse("");
        CrsParameters parameters = projection(crs, conversion, methodName, angleUnit, primeMeridian, ellipsoid);
        return Optional.of(new PrjCrsDescription(crs.name(), true, datumName, ellipsoid, parameters, methodName));
    }

    /**
     * Whether the text defines its coordinates in a way this class could not read: a projection of an
     * unknown method or in a unit other than the metre, or a geographic CRS in a unit other than the degree.
     * A bare name ({@code PROJCS["RGF93_Lambert_93"]}) states nothing and so is not unreadable.
     */
    boolean hasUnreadableDefinition() {
        return parameters == null && (!projected || !methodName.isEmpty());
    }

    /**
     * Whether the projection is a plain Mercator GDAL could not show to be spherical: GDAL's WKT1 of web
     * Mercator without its PROJ4 extension ({@code -o wkt_simple}) reads so, and only the name tells.
     */
    boolean isPlainMercator() {
        String method = GeodeticDatum.normalise(methodName);
        return parameters == null && (method.equals("MERCATOR1SP") || method.equals("MERCATOR"));
    }

    private static WktNode horizontal(WktNode root) {
        if (PROJECTED.contains(root.keyword()) || GEOGRAPHIC.contains(root.keyword())) {
            return root;
        }
        if (root.keyword().equals("COMPD_CS") || root.keyword().equals("COMPOUNDCRS")) {
            for (WktNode child : root.children()) {
                if (PROJECTED.contains(child.keyword()) || GEOGRAPHIC.contains(child.keyword())) {
                    return child;
                }
            }
        }
        return null;
    }

    private static Ellipsoid ellipsoid(WktNode datum) {
        Optional<WktNode> node = datum.childAny("SPHEROID", "ELLIPSOID");
        if (node.isEmpty()) {
            return null;
        }
        double a = node.get().number(1) * unitFactor(node.get(), "LENGTHUNIT", 1);
        double inverseFlattening = node.get().number(2);
        return Double.isNaN(a) || Double.isNaN(inverseFlattening) ? null : new Ellipsoid(a, inverseFlattening);
    }

    /** Radians per unit of the geographic CRS: WKT1 UNIT, WKT2 ANGLEUNIT (on the CRS or its first axis). */
    private static double angleUnit(WktNode geog) {
        Optional<WktNode> unit = geog.childAny("UNIT", "ANGLEUNIT");
        if (unit.isEmpty()) {
            unit = geog.child("AXIS").flatMap(axis -> axis.childAny("ANGLEUNIT", "UNIT"));
        }
        double factor = unit.map(u -> u.number(1)).orElse(RADIANS_PER_DEGREE);
        return Double.isNaN(factor) || factor <= 0 ? RADIANS_PER_DEGREE : factor;
    }

    private static double primeMeridian(WktNode geog, double angleUnit) {
        Optional<WktNode> primem = geog.childAny("PRIMEM", "PRIMEMERIDIAN");
        if (primem.isEmpty()) {
            return 0;
        }
        if (GeodeticDatum.normalise(primem.get().name()).equals("PARIS")) {
            return PARIS_DEGREES;
        }
        double value = primem.get().number(1);
        if (Double.isNaN(value)) {
            return 0;
        }
        Optional<WktNode> ownUnit = primem.get().childAny("ANGLEUNIT", "UNIT");
        // WKT1 writers print the meridian in degrees; only WKT2 states (and means) another unit.
        return ownUnit.isPresent() ? value * ownUnit.get().number(1) / RADIANS_PER_DEGREE : value;
    }

    private static boolean isDegree(double radiansPerUnit) {
        return Math.abs(radiansPerUnit / RADIANS_PER_DEGREE - 1) < 1e-9;
    }

    /** Metres per unit of the projected CRS: WKT1 UNIT, WKT2 LENGTHUNIT (on the CRS or its first axis). */
    private static double linearUnit(WktNode crs) {
        Optional<WktNode> unit = crs.childAny("UNIT", "LENGTHUNIT");
        if (unit.isEmpty()) {
            unit = crs.child("AXIS").flatMap(axis -> axis.childAny("LENGTHUNIT", "UNIT"));
        }
        double factor = unit.map(u -> u.number(1)).orElse(1.0);
        return Double.isNaN(factor) || factor <= 0 ? 1 : factor;
    }

    private static CrsParameters projection(WktNode crs, WktNode conversion, String methodName, double angleUnit,
                                            double primeMeridian, Ellipsoid ellipsoid) {
        double linearUnit = linearUnit(crs);
        if (Math.abs(linearUnit - 1) > 1e-12) {
            return null; // feet and other units: no catalogue CRS uses them
        }
        Map<String, Double> values = new HashMap<>();
        for (WktNode parameter : conversion.children("PARAMETER")) {
            String key = PARAMETER_KEYS.get(GeodeticDatum.normalise(parameter.name()));
            double value = parameter.number(1);
            if (key == null || Double.isNaN(value)) {
                continue;
            }
            double factor = switch (key) {
                case "lat0", "lon0", "sp1", "sp2" -> unitFactor(parameter, "ANGLEUNIT", angleUnit) / RADIANS_PER_DEGREE;
                case "x0", "y0" -> unitFactor(parameter, "LENGTHUNIT", linearUnit);
                default -> 1;
            };
            values.put(key, value * factor);
        }
        double lat0 = values.getOrDefault("lat0", 0.0);
        double lon0 = values.getOrDefault("lon0", 0.0) + primeMeridian;
        double x0 = values.getOrDefault("x0", 0.0);
        double y0 = values.getOrDefault("y0", 0.0);
        String method = GeodeticDatum.normalise(methodName);
        if (method.startsWith("LAMBERTCONFORMALCONIC") || method.startsWith("LAMBERTCONICCONFORMAL")) {
            if (method.contains("BELGIUM") || method.contains("WEST")) {
                return null;
            }
            return CrsParameters.lambert(lat0, lon0, values.getOrDefault("sp1", Double.NaN),
                    values.getOrDefault("sp2", Double.NaN), values.getOrDefault("k", Double.NaN), x0, y0);
        }
        if (method.equals("TRANSVERSEMERCATOR") || method.equals("GAUSSKRUGER")) {
            return CrsParameters.transverseMercator(lat0, lon0, values.getOrDefault("k", 1.0), x0, y0);
        }
        if (isWebMercator(crs, method, values, ellipsoid)) {
            return CrsParameters.webMercator(lon0, x0, y0);
        }
        return null;
    }

    /**
     * Web Mercator goes by several spellings: ESRI's auxiliary sphere of type 0, EPSG's method name, or
     * GDAL's WKT1 "Mercator_1SP" on WGS84 that only its PROJ4 extension (or a spherical ellipsoid) shows to
     * be spherical; a plain Mercator_1SP on WGS84 is World Mercator (EPSG:3395), another CRS.
     */
    private static boolean isWebMercator(WktNode crs, String method, Map<String, Double> values, Ellipsoid ellipsoid) {
        if (method.equals("MERCATORAUXILIARYSPHERE")) {
            return values.getOrDefault("auxiliarySphere", 0.0) == 0.0;
        }
        if (method.equals("POPULARVISUALISATIONPSEUDOMERCATOR") || method.equals("GOOGLEMAPSPSEUDOMERCATOR")) {
            return true;
        }
        if (!method.equals("MERCATOR1SP") && !method.equals("MERCATOR")) {
            return false;
        }
        if (values.getOrDefault("k", 1.0) != 1.0 || values.getOrDefault("lat0", 0.0) != 0.0) {
            return false;
        }
        boolean sphere = ellipsoid != null && ellipsoid.isSphere() && ellipsoid.semiMajorMetres() == 6378137.0;
        String proj4 = crs.child("EXTENSION").map(e -> e.values().size() > 1 ? e.values().get(1) : "").orElse("")
                .toLowerCase(Locale.ROOT);
        return sphere || (proj4.contains("+a=6378137") && proj4.contains("+b=6378137"));
    }

    /** The factor of the node's own unit child (WKT2), else the inherited one. */
    private static double unitFactor(WktNode node, String unitKeyword, double inherited) {
        Optional<WktNode> unit = node.childAny(unitKeyword, "UNIT");
        double factor = unit.map(u -> u.number(1)).orElse(inherited);
        return Double.isNaN(factor) || factor <= 0 ? inherited : factor;
    }
}
