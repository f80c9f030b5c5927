package org.geoprospect.io.shp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.crs.CrsCatalogue;
import org.geoprospect.geo.crs.CrsDefinition;
import org.geoprospect.geo.crs.GeodeticDatum;
import org.geoprospect.geo.crs.ProjectionMethod;

/**
 * Recognises the EPSG code of a {@code .prj} text (WKT1 as ESRI, GDAL and QGIS write it, or WKT2).
 *
 * <p>Three rules, in order, first match wins:
 * <ol>
 *   <li><b>authority</b>: the root's {@code AUTHORITY["EPSG", code]} (or WKT2 {@code ID}), when CTS knows the
 *       code; ESRI's web Mercator codes (102100, 102113, 900913) become 3857. Nested authorities name the
 *       base CRS or datum and are ignored.</li>
 *   <li><b>name</b>: an EPSG or ESRI name of a {@link CrsCatalogue} CRS, compared without case, spaces,
 *       punctuation or accents, provided the text's datum, ellipsoid, units and parameters (those it gives)
 *       do not contradict it. When they do, the text's definition outranks its name: the next rule
 *       decides.</li>
 *   <li><b>parameters</b>: datum (or, when the datum's name is unknown, the ellipsoid), projection method
 *       and parameters equal, within print rounding, to those of exactly one catalogue CRS; so a renamed
 *       CRS is still found, while altered parameters or an ambiguous description give no answer.</li>
 * </ol>
 * Every code returned is one CTS can transform. Stateless and thread-safe.
 */
public final class PrjSrid {
    /** ESRI's own codes for web Mercator, which some .prj texts carry as their authority. */
    private static final Map<Integer, Integer> ESRI_ALIASES = Map.of(102100, 3857, 102113, 3857, 900913, 3857);

    private PrjSrid() {
    }

    /**
     * Returns the EPSG code the text describes, when a rule recognises it.
     *
     * @param wkt the .prj text; null, blank or malformed text gives an empty result
     */
    public static OptionalInt recognise(String wkt) {
        return recogniseWithReason(wkt).map(r -> OptionalInt.of(r.srid())).orElse(OptionalInt.empty());
    }

    /**
     * Returns the EPSG code the text describes and how it was recognised.
     *
     * @param wkt the .prj text; null, blank or malformed text gives an empty result
     * @return empty when no rule recognises the text (the caller asks the user for a code)
     */
    public static Optional<PrjRecognition> recogniseWithReason(String wkt) {
        Optional<WktNode> root = WktNode.parse(wkt);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Optional<PrjCrsDescription> description = PrjCrsDescription.of(root.get());
        Optional<PrjRecognition> byAuthority = byRootAuthority(root.get());
        if (byAuthority.isPresent() || description.isEmpty()) {
            return byAuthority;
        }
        return byName(description.get()).or(() -> byParameters(description.get()));
    }

    /** Only the root's own authority counts: nested ones name the base CRS or the datum. */
    private static Optional<PrjRecognition> byRootAuthority(WktNode root) {
        Optional<WktNode> authority = root.childAny("AUTHORITY", "ID");
        if (authority.isEmpty() || authority.get().values().size() < 2) {
            return Optional.empty();
        }
        List<String> values = authority.get().values();
        String authorityName = values.get(0).trim();
        int code;
        try {
            code = Integer.parseInt(values.get(1).trim());
        } catch (NumberFormatException notACode) {
            return Optional.empty();
        }
        if (authorityName.equalsIgnoreCase("ESRI") || ESRI_ALIASES.containsKey(code)) {
            Integer epsg = ESRI_ALIASES.get(code);
            return epsg == null ? Optional.empty() : Optional.of(new PrjRecognition(epsg, PrjRecognition.Basis.AUTHORITY,
                    "Recognised as EPSG:" + epsg + " by its authority code " + authorityName + ":" + code + "."));
        }
        if (!authorityName.equalsIgnoreCase("EPSG") || code <= 0 || !isKnown(code)) {
            return Optional.empty();
        }
        return Optional.of(new PrjRecognition(code, PrjRecognition.Basis.AUTHORITY,
                "Recognised as EPSG:" + code + label(code) + " by its EPSG authority code."));
    }

    private static Optional<PrjRecognition> byName(PrjCrsDescription description) {
        Optional<CrsDefinition> named = CrsCatalogue.standard().byName(description.name());
        if (named.isEmpty() || contradicts(description, named.get())) {
            return Optional.empty();
        }
        int code = named.get().code();
        return Optional.of(new PrjRecognition(code, PrjRecognition.Basis.NAME,
                "Recognised as EPSG:" + code + label(code) + " by its name \"" + description.name() + "\"."));
    }

    /** Whether what the text states (datum, ellipsoid, parameters) disagrees with the named CRS. */
    private static boolean contradicts(PrjCrsDescription description, CrsDefinition definition) {
        Optional<GeodeticDatum> datum = GeodeticDatum.fromName(description.datumName());
        if (datum.isPresent() && datum.get() != definition.datum()) {
            return true;
        }
        if (description.projected() == definition.isGeographic()) {
            return true;
        }
        boolean webMercatorNamed = definition.parameters().method() == ProjectionMethod.WEB_MERCATOR
                && description.isPlainMercator();
        if (description.hasUnreadableDefinition() && !webMercatorNamed) {
            return true;
        }
        if (description.parameters() != null && !definition.parameters().matches(description.parameters())) {
            return true;
        }
        return description.ellipsoid() != null && CrsCatalogue.standard()
                .matching(definition.parameters(), null, description.ellipsoid()).stream()
                .noneMatch(d -> d.code() == definition.code());
    }

    private static Optional<PrjRecognition> byParameters(PrjCrsDescription description) {
        GeodeticDatum datum = GeodeticDatum.fromName(description.datumName()).orElse(null);
        if (description.parameters() == null || (datum == null && description.ellipsoid() == null)) {
            return Optional.empty(); // without a datum or an ellipsoid, parameters alone are a guess
        }
        List<CrsDefinition> matches = CrsCatalogue.standard()
                .matching(description.parameters(), datum, datum == null ? description.ellipsoid() : null);
        if (matches.size() != 1 || !isKnown(matches.get(0).code())) {
            return Optional.empty();
        }
        CrsDefinition match = matches.get(0);
        String geodetic = datum != null
                ? "datum " + datum.label()
                : "ellipsoid (its datum \"" + description.datumName() + "\" is not a known name)";
        return Optional.of(new PrjRecognition(match.code(), PrjRecognition.Basis.PARAMETERS,
                "Recognised as EPSG:" + match.code() + label(match.code()) + " by its " + geodetic + " and "
                        + match.parameters().method().label() + " parameters; its name \"" + description.name()
                        + "\" is not a known one."));
    }

    /**
     * Whether CTS can use the code. Catalogue codes are all known (a test checks each), and asking CTS
     * builds the CRS anew each time (about 10 ms), so only other codes are asked.
     */
    private static boolean isKnown(int code) {
        return CrsCatalogue.standard().definition(code).isPresent() || CoordinateTransform.isKnown(code);
    }

    private static String label(int code) {
        return CrsCatalogue.standard().definition(code).map(d -> " (" + d.name() + ")").orElse("");
    }
}
