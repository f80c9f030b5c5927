package org.geoprospect.ui.tour;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;

/**
 * Where the tour's days start and end, as the user types them (WGS84 "longitude,latitude", the way
 * the command line takes them), converted to and from the project CRS. The end may be left empty:
 * the days then come back to the start. FX-thread confined.
 */
public final class StartEndFields {
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private int projectSrid = Srids.LAMBERT_93;
    /** The exact points last shown, so that a picked point is not moved by the text's rounding. */
    private Shown shownStart;
    private Shown shownEnd;

    private record Shown(String text, MapPoint point) {
    }

    /** The CRS of the project the tour is planned in (Lambert-93 until told otherwise). */
    public void setProjectSrid(int srid) {
        this.projectSrid = srid;
    }

    public int projectSrid() {
        return projectSrid;
    }

    /**
     * The start typed, in the project CRS.
     *
     * @throws IllegalArgumentException with one sentence when it is empty or not a longitude,latitude
     */
    public MapPoint start() {
        String text = start.get() == null ? "" : start.get().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("Give the start of the days: the office's longitude,latitude "
                    + "(e.g. -0.5536,47.4736 for Angers), or pick it on the map.");
        }
        return shownStart != null && shownStart.text().equals(start.get()) ? shownStart.point()
                : toProject(lonLat(text, "start"));
    }

    /** The end typed in the project CRS, or null when the field is empty (back to the start). */
    public MapPoint end() {
        String text = end.get() == null ? "" : end.get().strip();
        if (text.isEmpty()) {
            return null;
        }
        return shownEnd != null && shownEnd.text().equals(end.get()) ? shownEnd.point() : toProject(lonLat(text, "end"));
    }

    /** Writes a project-CRS point into the start field as longitude,latitude. */
    public void showStart(MapPoint point) {
        String text = format(point);
        shownStart = new Shown(text, point);
        start.set(text);
    }

    /** Writes a project-CRS point into the end field; null empties it. */
    public void showEnd(MapPoint point) {
        String text = point == null ? "" : format(point);
        shownEnd = point == null ? null : new Shown(text, point);
        end.set(text);
    }

    /** The start and end as WGS84 longitude, latitude, for the tour service. */
    public double[] toLonLat(MapPoint point) {
        return CoordinateTransform.between(projectSrid, Srids.WGS84).transform(point.x(), point.y());
    }

    private String format(MapPoint point) {
        double[] lonLat = toLonLat(point);
        return String.format(Locale.ROOT, "%.5f,%.5f", lonLat[0], lonLat[1]);
    }

    private MapPoint toProject(double[] lonLat) {
        double[] xy = CoordinateTransform.between(Srids.WGS84, projectSrid).transform(lonLat[0], lonLat[1]);
        return new MapPoint(xy[0], xy[1]);
    }

    /**
     * Reads "lon,lat" or "lon;lat"; with ';' or spaces between the numbers a decimal comma is accepted
     * (as French users type it).
     */
    static double[] lonLat(String text, String field) {
        String[] parts = text.contains(";") ? text.split(";") : text.contains(" ") && text.split(",").length != 2
                ? text.strip().split("\\s+") : text.split(",");
        try {
            if (parts.length == 2) {
                double lon = Double.parseDouble(parts[0].strip().replace(',', '.'));
                double lat = Double.parseDouble(parts[1].strip().replace(',', '.'));
                if (lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) {
                    return new double[] {lon, lat};
                }
            }
        } catch (NumberFormatException e) {
            // falls through to the sentence below
        }
        throw new IllegalArgumentException("The " + field + " '" + text + "' is not a WGS84 longitude,latitude; "
                + "type it as e.g. -0.5536,47.4736 (Angers).");
    }

    /** Longitude,latitude of the start; empty for none yet. */
    public StringProperty startProperty() {
        return start;
    }

    /** Longitude,latitude of the end; empty for back to the start. */
    public StringProperty endProperty() {
        return end;
    }
}
