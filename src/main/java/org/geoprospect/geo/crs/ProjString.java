package org.geoprospect.geo.crs;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed PROJ.4 definition such as {@code +proj=utm +zone=31 +datum=WGS84}, as CTS's registries
 * store them, turned into {@link CrsParameters}.
 *
 * <p>Only the projections of the recognised CRSs are understood (longlat, lcc, tmerc, utm, merc);
 * {@link #parameters()} is empty for the others. Immutable and thread-safe.
 */
final class ProjString {
    /** PROJ's "paris" prime meridian: 2°20'14.025" east of Greenwich. */
    static final double PARIS_MERIDIAN_DEGREES = 2.33722917;

    private final Map<String, String> values;

    private ProjString(Map<String, String> values) {
        this.values = values;
    }

    /** Parses the {@code +key=value} and {@code +flag} tokens; anything else is ignored. */
    static ProjString parse(String definition) {
        Map<String, String> values = new HashMap<>();
        for (String token : definition.trim().split("\\s+")) {
            if (!token.startsWith("+")) {
                continue;
            }
            int eq = token.indexOf('=');
            if (eq < 0) {
                values.put(token.substring(1).toLowerCase(Locale.ROOT), "");
            } else {
                values.put(token.substring(1, eq).toLowerCase(Locale.ROOT), token.substring(eq + 1));
            }
        }
        return new ProjString(values);
    }

    String get(String key) {
        return values.get(key);
    }

    private double number(String key, double fallback) {
        String text = values.get(key);
        return text == null || text.isEmpty() ? fallback : Double.parseDouble(text);
    }

    /** The prime meridian in degrees east of Greenwich. */
    double primeMeridian() {
        String pm = values.get("pm");
        if (pm == null || pm.equalsIgnoreCase("greenwich")) {
            return 0;
        }
        return pm.equalsIgnoreCase("paris") ? PARIS_MERIDIAN_DEGREES : Double.parseDouble(pm);
    }

    /** Whether the linear unit is the metre (PROJ's default). */
    boolean inMetres() {
        String units = values.get("units");
        return (units == null || units.equals("m")) && !values.containsKey("to_meter");
    }

    /** The projection parameters, or empty for a projection this class does not know. */
    Optional<CrsParameters> parameters() {
        String proj = values.getOrDefault("proj", "");
        double pm = primeMeridian();
        double lat0 = number("lat_0", 0);
        double lon0 = number("lon_0", 0) + pm;
        double x0 = number("x_0", 0);
        double y0 = number("y_0", 0);
        return switch (proj) {
            case "longlat", "latlong" -> Optional.of(CrsParameters.geographic());
            case "utm" -> Optional.of(CrsParameters.utm(Integer.parseInt(values.get("zone")),
                    values.containsKey("south")));
            case "tmerc" -> Optional.of(CrsParameters.transverseMercator(lat0, lon0,
                    number("k", number("k_0", 1)), x0, y0));
            case "lcc" -> Optional.of(CrsParameters.lambert(lat0, lon0, number("lat_1", Double.NaN),
                    number("lat_2", Double.NaN), number("k_0", number("k", Double.NaN)), x0, y0));
            case "merc" -> isWebMercatorSphere()
                    ? Optional.of(CrsParameters.webMercator(lon0, x0, y0))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** EPSG:3857 is written as a Mercator on a sphere of radius 6378137 ("+a=6378137 +b=6378137"). */
    private boolean isWebMercatorSphere() {
        return number("a", 0) == 6378137 && number("b", 0) == 6378137;
    }
}
