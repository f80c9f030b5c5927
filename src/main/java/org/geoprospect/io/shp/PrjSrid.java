package org.geoprospect.io.shp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Recognises the EPSG code of a {@code .prj} text.
 *
 * <p>Recognition runs an ordered list of rules over the parsed WKT, first match wins: an
 * {@code AUTHORITY["EPSG", code]} (or WKT2 {@code ID}) clause of the root element, then the
 * names of known CRSs (ESRI and EPSG spellings). Why a rule list: later work adds rules (e.g.
 * matching projection parameters) without touching the existing ones. Stateless and thread-safe.
 */
public final class PrjSrid {
    /**
     * Root names of known CRSs, normalised by {@link #normalise(String)}, mapped to EPSG codes.
     * Both the ESRI names ("RGF93_Lambert_93", and "RGF_1993_Lambert_93" as GDAL 3.6 writes it) and
     * the EPSG names ("RGF93 / Lambert-93") appear.
     */
    private static final Map<String, Integer> KNOWN_NAMES = Map.of(
            "RGF93LAMBERT93", 2154,
            "RGF93V1LAMBERT93", 2154,
            "RGF1993LAMBERT93", 2154,
            "GCSWGS1984", 4326,
            "WGS84", 4326,
            "WGS1984", 4326);

    private static final List<Function<WktNode, OptionalInt>> RULES = List.of(
            PrjSrid::byRootAuthority,
            PrjSrid::byKnownName);

    private PrjSrid() {
    }

    /**
     * Returns the EPSG code the text describes, when a rule recognises it.
     *
     * @param wkt the .prj text; null, blank or malformed text gives an empty result
     */
    public static OptionalInt recognise(String wkt) {
        if (wkt == null) {
            return OptionalInt.empty();
        }
        OptionalInt exact = EsriPrj.sridOfExactText(wkt.strip());
        if (exact.isPresent()) {
            return exact;
        }
        Optional<WktNode> root = WktNode.parse(wkt);
        if (root.isEmpty()) {
            return OptionalInt.empty();
        }
        for (Function<WktNode, OptionalInt> rule : RULES) {
            OptionalInt srid = rule.apply(root.get());
            if (srid.isPresent()) {
                return srid;
            }
        }
        return OptionalInt.empty();
    }

    /** Only the root's own authority counts: nested ones name the base CRS or the datum. */
    private static OptionalInt byRootAuthority(WktNode root) {
        Optional<WktNode> authority = root.child("AUTHORITY").or(() -> root.child("ID"));
        if (authority.isEmpty() || authority.get().values().size() < 2) {
            return OptionalInt.empty();
        }
        List<String> values = authority.get().values();
        if (!"EPSG".equalsIgnoreCase(values.get(0).trim())) {
            return OptionalInt.empty();
        }
        try {
            int code = Integer.parseInt(values.get(1).trim());
            return code > 0 ? OptionalInt.of(code) : OptionalInt.empty();
        } catch (NumberFormatException notACode) {
            return OptionalInt.empty();
        }
    }

    private static OptionalInt byKnownName(WktNode root) {
        Integer srid = KNOWN_NAMES.get(normalise(root.name()));
        return srid == null ? OptionalInt.empty() : OptionalInt.of(srid);
    }

    /** Upper-cases and keeps letters and digits only, so "RGF93 / Lambert-93" equals "RGF93_Lambert_93". */
    static String normalise(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
