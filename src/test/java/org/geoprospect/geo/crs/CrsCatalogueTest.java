package org.geoprospect.geo.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.geoprospect.geo.CoordinateTransform;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class CrsCatalogueTest {
    private final CrsCatalogue catalogue = CrsCatalogue.standard();

    private static Set<Integer> range(int from, int to) {
        Set<Integer> codes = new HashSet<>();
        IntStream.rangeClosed(from, to).forEach(codes::add);
        return codes;
    }

    @Test
    void holdsEveryRequiredFamily() {
        Set<Integer> required = new HashSet<>(Set.of(4326, 4267, 4269, 4258, 4171, 2154, 3857,
                27571, 27572, 27573, 27574));
        required.addAll(range(3942, 3950));
        required.addAll(range(32601, 32660));
        required.addAll(range(32701, 32760));
        required.addAll(range(25828, 25838));
        required.addAll(range(26901, 26923));
        required.addAll(range(26701, 26722));
        for (int code : required) {
            assertTrue(catalogue.definition(code).isPresent(), "EPSG:" + code);
        }
        assertEquals(200, catalogue.definitions().size());
    }

    /** Every code recognition can return must be usable by the transforms, down to the project CRS. */
    @Test
    void everyCodeIsKnownToCtsAndTransformsToLambert93() {
        for (CrsDefinition definition : catalogue.definitions()) {
            int code = definition.code();
            assertTrue(CoordinateTransform.isKnown(code), "EPSG:" + code);
            AreaOfUse area = definition.areaOfUse();
            double lon = area.crossesAntimeridian() ? area.minLon() + 1 : (area.minLon() + area.maxLon()) / 2;
            double lat = Math.max(-80, Math.min(80, (area.minLat() + area.maxLat()) / 2));
            double[] xy = CoordinateTransform.between(4326, code).transform(lon, lat);
            double[] l93 = CoordinateTransform.between(code, 2154).transform(xy);
            assertTrue(Double.isFinite(l93[0]) && Double.isFinite(l93[1]), "EPSG:" + code + " to 2154");
        }
    }

    @Test
    void parametersComeFromTheCtsRegistry() {
        CrsParameters lambert93 = catalogue.definition(2154).orElseThrow().parameters();
        assertTrue(lambert93.matches(CrsParameters.lambert(46.5, 3, 44, 49, Double.NaN, 700_000, 6_600_000)));
        // NTF Lambert II étendu: 52 grad = 46.8°, central meridian 0 grad of Paris = 2.33722917° of Greenwich.
        CrsParameters lambert2 = catalogue.definition(27572).orElseThrow().parameters();
        assertEquals(46.8, lambert2.latitudeOfOrigin(), 1e-9);
        assertEquals(2.33722917, lambert2.centralMeridian(), 1e-9);
        assertEquals(0.99987742, lambert2.scaleFactor(), 1e-12);
        assertEquals(2_200_000, lambert2.falseNorthing());
        assertTrue(catalogue.definition(32731).orElseThrow().parameters().matches(CrsParameters.utm(31, true)));
        assertEquals(ProjectionMethod.WEB_MERCATOR, catalogue.definition(3857).orElseThrow().parameters().method());
        assertTrue(catalogue.definition(4326).orElseThrow().isGeographic());
    }

    @Test
    void namesAreFoundWhateverTheirSpelling() {
        assertEquals(2154, catalogue.byName("RGF93 / Lambert-93").orElseThrow().code());
        assertEquals(2154, catalogue.byName("rgf_1993_lambert_93").orElseThrow().code());
        assertEquals(27572, catalogue.byName("NTF (Paris) / Lambert zone II").orElseThrow().code());
        assertEquals(27572, catalogue.byName("Lambert II étendu").orElseThrow().code());
        assertEquals(25830, catalogue.byName("ETRS_1989_UTM_Zone_30N").orElseThrow().code());
        assertEquals(32760, catalogue.byName("WGS 84 / UTM zone 60S").orElseThrow().code());
        assertTrue(catalogue.byName("Lambert zone IX").isEmpty());
        assertTrue(catalogue.byName(null).isEmpty());
    }

    @Test
    void matchingNeedsTheDatumToAgree() {
        CrsParameters utm31 = CrsParameters.utm(31, false);
        assertEquals(List.of(32631), codes(catalogue.matching(utm31, GeodeticDatum.WGS84, null)));
        assertEquals(List.of(25831), codes(catalogue.matching(utm31, null, Ellipsoid.GRS80)));
        assertEquals(List.of(32631, 25831), codes(catalogue.matching(utm31, null, null)));
        assertEquals(List.of(), codes(catalogue.matching(utm31, GeodeticDatum.NAD83, null)));
    }

    private static List<Integer> codes(List<CrsDefinition> definitions) {
        return definitions.stream().map(CrsDefinition::code).sorted((a, b) -> a == 32631 ? -1 : b == 32631 ? 1
                : Integer.compare(a, b)).toList();
    }

    @Test
    void areasOfUseFollowEpsg() {
        assertEquals(new AreaOfUse(-9.86, 41.15, 10.38, 51.56), catalogue.areaOfUse(2154).orElseThrow());
        assertEquals(new AreaOfUse(-9.86, 41.15, 10.38, 51.56), catalogue.areaOfUse(4171).orElseThrow());
        assertEquals(new AreaOfUse(0, 0, 6, 84), catalogue.areaOfUse(32631).orElseThrow());
        assertEquals(new AreaOfUse(0, -80, 6, 0), catalogue.areaOfUse(32731).orElseThrow());
        for (int zone = 1; zone <= 60; zone++) {
            AreaOfUse north = catalogue.areaOfUse(32600 + zone).orElseThrow();
            assertEquals(zone * 6 - 186, north.minLon(), 1e-9, "zone " + zone);
            assertEquals(zone * 6 - 180, north.maxLon(), 1e-9, "zone " + zone);
        }
        AreaOfUse cc46 = catalogue.areaOfUse(3946).orElseThrow();
        assertTrue(cc46.contains(3, 46) && !cc46.contains(3, 48), cc46.toString());
        assertTrue(catalogue.areaOfUse(23031).isEmpty());
    }

    @Test
    void flagsLayersOutsideTheAreaOfUse() {
        Envelope angers = new Envelope(-0.6, -0.5, 47.4, 47.5);
        assertFalse(catalogue.isOutsideAreaOfUse(2154, angers));
        assertFalse(catalogue.isOutsideAreaOfUse(32630, angers));
        assertTrue(catalogue.isOutsideAreaOfUse(32631, new Envelope(-3, 2, 47, 48)));
        assertTrue(catalogue.isOutsideAreaOfUse(2154, new Envelope(-74.1, -73.9, 40.6, 40.8)));
        assertFalse(catalogue.isOutsideAreaOfUse(23031, new Envelope(-74.1, -73.9, 40.6, 40.8)));
    }
}
