package org.geoprospect.ui.map;

import java.util.Locale;
import org.geoprospect.geo.Srids;
import org.geoprospect.ui.Messages;

/**
 * Formats the status-line texts: projected position, geographic position and scale. Coordinates
 * keep a point as decimal separator whatever the locale so that they can be pasted into other
 * tools; thousands are grouped with spaces. Immutable and thread-safe.
 */
public final class StatusFormatter {
    private final Messages messages;

    public StatusFormatter(Messages messages) {
        this.messages = messages;
    }

    /** "X 432 874 m  Y 6 714 163 m  (Lambert-93)". */
    public String projected(double x, double y, int srid) {
        return "X " + grouped(Math.round(x)) + " m  Y " + grouped(Math.round(y)) + " m  (" + crsName(srid) + ")";
    }

    /** "47.47381° N  0.54774° W". */
    public String geographic(double lon, double lat) {
        String ns = messages.get(lat >= 0 ? "coord.north" : "coord.south");
        String ew = messages.get(lon >= 0 ? "coord.east" : "coord.west");
        return String.format(Locale.ROOT, "%.5f° %s  %.5f° %s", Math.abs(lat), ns, Math.abs(lon), ew);
    }

    /** "Scale 1:250 000", the denominator rounded to three significant digits. */
    public String scale(double denominator) {
        return messages.get("status.scale", grouped(roundToSignificant(denominator, 3)));
    }

    /** A short name for a CRS: "Lambert-93" for EPSG:2154, "EPSG:n" otherwise. */
    public static String crsName(int srid) {
        return srid == Srids.LAMBERT_93 ? "Lambert-93" : "EPSG:" + srid;
    }

    static long roundToSignificant(double value, int digits) {
        if (!(value > 0)) {
            return 0;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)) + 1 - digits);
        return Math.round(Math.round(value / magnitude) * magnitude);
    }

    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
