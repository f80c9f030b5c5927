package org.geoprospect.geo.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The CRSs this application recognises from a {@code .prj} without an EPSG code: WGS84, NAD27, NAD83,
 * ETRS89 and RGF93 geographic, Lambert-93, the CC42–CC50 zones, NTF (Paris) Lambert zones I–IV
 * (II = "Lambert II étendu") and Nord/Centre/Sud/Corse, web Mercator, and the UTM zones on WGS84
 * (1–60 N and S), ETRS89 (28–38), NAD83 (1–23) and NAD27 (1–22).
 *
 * <p>Parameters are read from the EPSG registry bundled in CTS ({@link CtsEpsgRegistry}), so they are
 * the very ones the transforms use; areas of use come from {@code areas-of-use.tsv}, EPSG's boxes as
 * printed by GDAL (see {@code make-gdal-fixtures.sh} in the test resources). Immutable and thread-safe.
 */
public final class CrsCatalogue {
    private static final String AREAS_RESOURCE = "areas-of-use.tsv";

    private final Map<Integer, CrsDefinition> byCode;
    private final Map<String, CrsDefinition> byName;

    private CrsCatalogue(Map<Integer, CrsDefinition> byCode, Map<String, CrsDefinition> byName) {
        this.byCode = byCode;
        this.byName = byName;
    }

    private static final class Holder {
        static final CrsCatalogue INSTANCE = build();
    }

    /** The shared catalogue, built on first use. */
    public static CrsCatalogue standard() {
        return Holder.INSTANCE;
    }

    /** All definitions, geographic CRSs first, then in catalogue order. */
    public List<CrsDefinition> definitions() {
        return List.copyOf(byCode.values());
    }

    /** The definition of an EPSG code, if it is in the catalogue. */
    public Optional<CrsDefinition> definition(int code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Finds a CRS by its EPSG or ESRI name, ignoring case, spaces, punctuation and accents
     * ("RGF93 / Lambert-93", "RGF_1993_Lambert_93" and "rgf93 lambert 93" all give 2154).
     *
     * @param name the name; null gives an empty result
     */
    public Optional<CrsDefinition> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(GeodeticDatum.normalise(name)));
    }

    /**
     * The definitions whose projection matches these parameters (see {@link CrsParameters#matches}) and
     * whose datum fits: the same datum when {@code datum} is given, else the same ellipsoid when
     * {@code ellipsoid} is given, else any datum.
     *
     * @param parameters the parameters to match, not null
     * @param datum      the datum the source names, or null when unknown
     * @param ellipsoid  the source's ellipsoid, or null when not given
     * @return the matches in catalogue order; more than one means the source is ambiguous
     */
    public List<CrsDefinition> matching(CrsParameters parameters, GeodeticDatum datum, Ellipsoid ellipsoid) {
        List<CrsDefinition> matches = new ArrayList<>();
        for (CrsDefinition definition : byCode.values()) {
            if (definition.parameters().matches(parameters) && datumFits(definition, datum, ellipsoid)) {
                matches.add(definition);
            }
        }
        return matches;
    }

    private static boolean datumFits(CrsDefinition definition, GeodeticDatum datum, Ellipsoid ellipsoid) {
        if (datum != null) {
            return definition.datum() == datum;
        }
        if (ellipsoid == null) {
            return true;
        }
        // Web Mercator projects WGS84 coordinates as if on a sphere; writers give either shape.
        boolean webSphere = definition.parameters().method() == ProjectionMethod.WEB_MERCATOR
                && ellipsoid.sameShapeAs(new Ellipsoid(6378137.0, 0));
        return webSphere || definition.datum().ellipsoid().sameShapeAs(ellipsoid);
    }

    /** EPSG's area of use of a catalogue code; empty for codes outside the catalogue. */
    public Optional<AreaOfUse> areaOfUse(int code) {
        return definition(code).map(CrsDefinition::areaOfUse);
    }

    /**
     * Whether a layer's WGS84 extent reaches outside the area of use of a CRS (see
     * {@link AreaOfUse#isOutside(Envelope)}); false for codes outside the catalogue, whose area is unknown.
     */
    public boolean isOutsideAreaOfUse(int code, Envelope wgs84) {
        return areaOfUse(code).map(area -> area.isOutside(wgs84)).orElse(false);
    }

    private static CrsCatalogue build() {
        Map<Integer, AreaOfUse> areas = readAreas();
        Map<Integer, CrsDefinition> byCode = new LinkedHashMap<>();
        Map<String, CrsDefinition> byName = new HashMap<>();
        for (CatalogueCodes.Line line : CatalogueCodes.lines()) {
            EpsgEntry entry = CtsEpsgRegistry.entry(line.code()).orElseThrow(() -> new IllegalStateException(
                    "EPSG:" + line.code() + " is missing from the CTS registry"));
            CrsParameters parameters = ProjString.parse(entry.definition()).parameters()
                    .orElseThrow(() -> new IllegalStateException("Unsupported projection for EPSG:" + line.code()
                            + ": " + entry.definition()));
            AreaOfUse area = areas.get(line.code());
            if (area == null) {
                throw new IllegalStateException("EPSG:" + line.code() + " has no line in " + AREAS_RESOURCE);
            }
            CrsDefinition definition = new CrsDefinition(line.code(), entry.name(), line.datum(), parameters,
                    line.aliases(), area);
            byCode.put(line.code(), definition);
            addName(byName, entry.name(), definition);
            for (String alias : line.aliases()) {
                addName(byName, alias, definition);
            }
        }
        return new CrsCatalogue(Collections.unmodifiableMap(byCode), Map.copyOf(byName));
    }

    /** Refuses two CRSs under one normalised name: a silent overwrite would recognise the wrong code. */
    private static void addName(Map<String, CrsDefinition> byName, String name, CrsDefinition definition) {
        CrsDefinition previous = byName.putIfAbsent(GeodeticDatum.normalise(name), definition);
        if (previous != null && previous.code() != definition.code()) {
            throw new IllegalStateException("The name \"" + name + "\" is given to both EPSG:" + previous.code()
                    + " and EPSG:" + definition.code());
        }
    }

    private static Map<Integer, AreaOfUse> readAreas() {
        Map<Integer, AreaOfUse> areas = new HashMap<>();
        try (InputStream in = CrsCatalogue.class.getResourceAsStream(AREAS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + AREAS_RESOURCE + " is missing from the class path.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                areas.put(Integer.parseInt(cells[0].trim()), new AreaOfUse(Double.parseDouble(cells[1]),
                        Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + AREAS_RESOURCE, e);
        }
        return areas;
    }
}
