package org.geoprospect.geo.crs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The geodetic datums of the CRSs this application recognises, with the spellings WKT writers use.
 *
 * <p>Why an enum of a few datums rather than a full geodetic database: recognition must tell apart
 * CRSs that share an ellipsoid (ETRS89, RGF93 and NAD83 all use GRS80), and the datum name is the only
 * clue a .prj gives; the names below are the ones ESRI, GDAL (WKT1 and WKT2) and EPSG print.
 */
public enum GeodeticDatum {
    WGS84("WGS 84", Ellipsoid.WGS84, "WGS84", "WGS1984", "DWGS1984", "WORLDGEODETICSYSTEM1984",
            "WORLDGEODETICSYSTEM1984ENSEMBLE"),
    NAD27("NAD27", Ellipsoid.CLARKE_1866, "NAD27", "NAD1927", "DNORTHAMERICAN1927", "NORTHAMERICANDATUM1927",
            "NORTHAMERICAN1927"),
    NAD83("NAD83", Ellipsoid.GRS80, "NAD83", "NAD1983", "DNORTHAMERICAN1983", "NORTHAMERICANDATUM1983",
            "NORTHAMERICAN1983"),
    ETRS89("ETRS89", Ellipsoid.GRS80, "ETRS89", "ETRS1989", "DETRS1989", "EUROPEANTERRESTRIALREFERENCESYSTEM1989",
            "EUROPEANTERRESTRIALREFERENCESYSTEM1989ENSEMBLE"),
    RGF93("RGF93", Ellipsoid.GRS80, "RGF93", "RGF1993", "DRGF1993", "RGF93V1", "RESEAUGEODESIQUEFRANCAIS1993",
            "RESEAUGEODESIQUEFRANCAIS1993V1"),
    NTF("NTF", Ellipsoid.CLARKE_1880_IGN, "NTF", "DNTF", "NTFPARIS", "DNTFPARIS", "NOUVELLETRIANGULATIONFRANCAISE",
            "NOUVELLETRIANGULATIONFRANCAISEPARIS");

    private final String label;
    private final Ellipsoid ellipsoid;
    private final Set<String> spellings;

    GeodeticDatum(String label, Ellipsoid ellipsoid, String... spellings) {
        this.label = label;
        this.ellipsoid = ellipsoid;
        this.spellings = Set.copyOf(Arrays.asList(spellings));
    }

    /** The short name shown to users, e.g. "RGF93". */
    public String label() {
        return label;
    }

    public Ellipsoid ellipsoid() {
        return ellipsoid;
    }

    /**
     * Finds the datum a WKT DATUM name means, ignoring case, spaces, punctuation and accents.
     *
     * @param name the DATUM (or WKT2 ENSEMBLE) name; null gives an empty result
     */
    public static Optional<GeodeticDatum> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalise(name);
        for (GeodeticDatum datum : values()) {
            if (datum.spellings.contains(key)) {
                return Optional.of(datum);
            }
        }
        return Optional.empty();
    }

    /**
     * Upper-cases, strips accents and keeps letters and digits only, so that "RGF93 / Lambert-93",
     * "RGF93_Lambert_93" and "rgf93 lambert 93" compare equal.
     */
    public static String normalise(String name) {
        String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c < 128 && Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
