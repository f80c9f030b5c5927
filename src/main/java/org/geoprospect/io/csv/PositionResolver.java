package org.geoprospect.io.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;

/**
 * Places a row, trying in order: WGS84 lon/lat cells; x/y cells in the stated SRID (WGS84 when none is
 * stated); the INSEE code; the postal code, through the offline {@link CommuneTable} (no network, no
 * quota). A postal code serving several communes is resolved by the city cell when it names one of
 * them, else placed at the most populous with a note. Coordinates 0, 0 (what many CRMs write for "not
 * geocoded") count as missing.
 *
 * <p>{@link #resolve} leaves its answer in this object's accessors, so that a million rows allocate
 * no result objects. Not thread-safe.
 */
final class PositionResolver {
    private static final int CACHE_LIMIT = 100_000;

    private final int lonAt;
    private final int latAt;
    private final int xAt;
    private final int yAt;
    private final int inseeAt;
    private final int postalAt;
    private final int cityAt;
    private final int xySrid;
    private final CoordinateTransform wgsToTarget;
    private final CoordinateTransform xyToWgs;
    private final CoordinateTransform xyToTarget;
    private final CommuneTable communes;
    private final Map<String, Resolved> byPostalAndCity = new HashMap<>();

    private double lon;
    private double lat;
    private double x;
    private double y;
    private Placement placement;
    private Commune commune;

    private record Resolved(Commune commune, Placement placement) {
    }

    /**
     * @param xySrid EPSG code of the x/y columns, or null for WGS84
     * @throws IllegalArgumentException when an SRID is unknown
     */
    PositionResolver(ColumnMap columns, int targetSrid, Integer xySrid, CommuneTable communes) {
        this.lonAt = columns.position("lon");
        this.latAt = columns.position("lat");
        this.xAt = columns.position("x");
        this.yAt = columns.position("y");
        this.inseeAt = columns.position("commune_insee");
        this.postalAt = columns.position("postal_code");
        this.cityAt = columns.position("city");
        this.xySrid = xySrid == null ? Srids.WGS84 : xySrid;
        this.wgsToTarget = CoordinateTransform.between(Srids.WGS84, targetSrid);
        this.xyToWgs = CoordinateTransform.between(this.xySrid, Srids.WGS84);
        this.xyToTarget = CoordinateTransform.between(this.xySrid, targetSrid);
        this.communes = communes;
    }

    /**
     * Places the row.
     *
     * @throws CsvFormatException when the row's position cells are unreadable, out of range, unknown to
     *                            the commune table, or all empty
     */
    void resolve(CsvRow row) {
        commune = null;
        String note = null;
        if (!row.cell(lonAt).isEmpty() || !row.cell(latAt).isEmpty()) {
            double lo = row.decimal(lonAt);
            double la = row.decimal(latAt);
            if (lo != 0 || la != 0) {
                checkWgs84(row, lonAt, lo, latAt, la, false);
                exact(row, lo, la, wgsToTarget, lo, la, Placement.LON_LAT);
                return;
            }
            note = "the coordinates 0, 0 were taken as missing";
        } else if (!row.cell(xAt).isEmpty() || !row.cell(yAt).isEmpty()) {
            double px = row.decimal(xAt);
            double py = row.decimal(yAt);
            if (px != 0 || py != 0) {
                if (xySrid == Srids.WGS84) {
                    checkWgs84(row, xAt, px, yAt, py, true);
                    exact(row, px, py, wgsToTarget, px, py, Placement.LON_LAT);
                } else {
                    double[] wgs = transform(row, xyToWgs, px, py);
                    if (!(Math.abs(wgs[0]) <= 180 && Math.abs(wgs[1]) <= 90)) {
                        throw row.fail("the position " + px + ", " + py + " is outside EPSG:" + xySrid + "'s range");
                    }
                    exact(row, wgs[0], wgs[1], xyToTarget, px, py, Placement.PROJECTED_XY);
                }
                return;
            }
            note = "the coordinates 0, 0 were taken as missing";
        }
        String insee = padded(row.cell(inseeAt));
        String postal = padded(row.cell(postalAt).replace(" ", ""));
        if (!insee.isEmpty()) {
            Commune found = communes.byInsee(insee).orElse(null);
            if (found != null) {
                atCommune(row, found, note == null ? Placement.INSEE_CODE : new Placement(PlacementMethod.INSEE_CODE, note));
                return;
            }
            if (postal.isEmpty()) {
                throw row.fail("the INSEE code " + insee + " is not in the commune table; check it, or give a postal code or coordinates");
            }
        }
        if (!postal.isEmpty()) {
            Resolved resolved = byPostalCode(row, postal, row.cell(cityAt));
            Placement chosen = resolved.placement();
            if (note != null) {
                chosen = new Placement(PlacementMethod.POSTAL_CODE, chosen.note() == null ? note : note + "; " + chosen.note());
            }
            atCommune(row, resolved.commune(), chosen);
            return;
        }
        throw row.fail(note != null ? "its coordinates are 0, 0 (not geocoded) and it has no INSEE code or postal code"
                : "it has no position; give lon and lat, x and y, an INSEE code or a postal code");
    }

    private void checkWgs84(CsvRow row, int lonPosition, double lo, int latPosition, double la, boolean xy) {
        if (Math.abs(lo) > 180 || Math.abs(la) > 90) {
            throw row.fail("the position " + row.cell(lonPosition) + ", " + row.cell(latPosition) + " (" + row.columnName(lonPosition)
                    + ", " + row.columnName(latPosition) + ") is not a longitude/latitude"
                    + (xy ? "; if the file holds projected coordinates, state their EPSG code in a mapping file (\"srid\": 2154)"
                    : " (longitude -180..180, latitude -90..90)"));
        }
    }

    private void exact(CsvRow row, double lo, double la, CoordinateTransform toTarget, double sx, double sy, Placement how) {
        double[] xy = transform(row, toTarget, sx, sy);
        lon = lo;
        lat = la;
        x = xy[0];
        y = xy[1];
        placement = how;
    }

    private void atCommune(CsvRow row, Commune found, Placement how) {
        double[] xy = transform(row, wgsToTarget, found.lon(), found.lat());
        lon = found.lon();
        lat = found.lat();
        x = xy[0];
        y = xy[1];
        placement = how;
        commune = found;
    }

    private static double[] transform(CsvRow row, CoordinateTransform transform, double sx, double sy) {
        try {
            double[] xy = transform.transform(sx, sy);
            if (Double.isFinite(xy[0]) && Double.isFinite(xy[1])) {
                return xy;
            }
        } catch (IllegalArgumentException e) {
            // reported below, with the row
        }
        throw row.fail("the position " + sx + ", " + sy + " cannot be projected from EPSG:" + transform.sourceSrid()
                + " to EPSG:" + transform.targetSrid());
    }

    /** Spreadsheets drop the leading zero of codes such as 01500; put it back. */
    private static String padded(String code) {
        return code.length() == 4 && Character.isDigit(code.charAt(0)) ? "0" + code : code;
    }

    private Resolved byPostalCode(CsvRow row, String postal, String city) {
        String key = postal + '\u0000' + city;
        Resolved cached = byPostalAndCity.get(key);
        if (cached != null) {
            return cached;
        }
        List<Commune> served = communes.byPostalCode(postal);
        if (served.isEmpty()) {
            throw row.fail("the postal code " + postal + " is not in the commune table; check it, or give an INSEE code or coordinates");
        }
        Resolved resolved;
        if (served.size() == 1) {
            resolved = new Resolved(served.get(0), Placement.POSTAL_CODE);
        } else {
            Commune named = city.isEmpty() ? null : named(served, cityKey(city));
            if (named != null) {
                resolved = new Resolved(named, Placement.POSTAL_CODE);
            } else {
                Commune largest = served.get(0);
                for (Commune c : served) {
                    if (c.population() > largest.population()) {
                        largest = c;
                    }
                }
                resolved = new Resolved(largest, new Placement(PlacementMethod.POSTAL_CODE, "postal code " + postal + " serves "
                        + served.size() + " communes" + (city.isEmpty() ? "" : " and the city matches none of them")
                        + "; placed at the most populous, " + largest.name()));
            }
        }
        if (byPostalAndCity.size() >= CACHE_LIMIT) {
            byPostalAndCity.clear();
        }
        byPostalAndCity.put(key, resolved);
        return resolved;
    }

    private static Commune named(List<Commune> served, String key) {
        for (Commune c : served) {
            if (cityKey(c.name()).equals(key)) {
                return c;
            }
        }
        return null;
    }

    /** "ST-JEAN-DE-LINIERES CEDEX 2" and "Saint-Jean-de-Linières" give the same key. */
    static String cityKey(String city) {
        String key = "_" + ColumnNames.normalize(city) + "_";
        int cedex = key.indexOf("_cedex_");
        if (cedex >= 0) {
            key = key.substring(0, cedex + 1);
        }
        return key.replace("_st_", "_saint_").replace("_ste_", "_sainte_");
    }

    double lon() {
        return lon;
    }

    double lat() {
        return lat;
    }

    double x() {
        return x;
    }

    double y() {
        return y;
    }

    /** How the last row was placed. */
    Placement placement() {
        return placement;
    }

    /** The commune the last row was placed at, or null when it was placed by coordinates. */
    Commune commune() {
        return commune;
    }
}
