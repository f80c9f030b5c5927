package org.geoprospect.io.shp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PrjSridTest {
    private static void check(String wkt, int expected) {
        assertEquals(OptionalInt.of(expected), PrjSrid.recognise(wkt), wkt);
    }

    @Test
    void ourOwnPrjTextsAreRecognised() {
        check(EsriPrj.wkt(2154), 2154);
        check(EsriPrj.wkt(4326), 4326);
    }

    @Test
    void topLevelAuthorityWins() {
        check("PROJCS[\"RGF93 / Lambert-93\",GEOGCS[\"RGF93\",DATUM[\"Reseau_Geodesique_Francais_1993\","
                + "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],"
                + "AUTHORITY[\"EPSG\",\"6171\"]],AUTHORITY[\"EPSG\",\"4171\"]],PROJECTION[\"Lambert_Conformal_Conic_2SP\"],"
                + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AUTHORITY[\"EPSG\",\"2154\"]]", 2154);
        check("PROJCS[\"Anything\",GEOGCS[\"x\",AUTHORITY[\"EPSG\",\"4326\"]],AUTHORITY[\"EPSG\",\"32631\"]]", 32631);
    }

    @Test
    void nestedAuthorityAloneIsNotTheAnswer() {
        // The base CRS's authority (4171) must not be taken for the projected CRS.
        assertEquals(OptionalInt.empty(), PrjSrid.recognise(
                "PROJCS[\"Some local grid\",GEOGCS[\"RGF93\",AUTHORITY[\"EPSG\",\"4171\"]],UNIT[\"m\",1]]"));
    }

    @Test
    void esriAndEpsgNamesAreRecognised() {
        check("PROJCS[\"RGF93_Lambert_93\",GEOGCS[\"GCS_RGF_1993\"]]", 2154);
        check("PROJCS[\"RGF93 / Lambert-93\",GEOGCS[\"RGF93\"]]", 2154);
        check("GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]]]", 4326);
        check("  GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"]]\n", 4326);
    }

    @Test
    void unknownOrMalformedGivesEmpty() {
        assertEquals(OptionalInt.empty(), PrjSrid.recognise(null));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise(""));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"NTF_Lambert_II_etendu\"]"));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"unclosed"));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("[[[[[[[[[[[["));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[".repeat(10_000)));
    }

    @Test
    void wktNodeKeepsBareValues() {
        WktNode axis = WktNode.parse("AXIS[\"Easting\",EAST]").orElseThrow();
        assertEquals("AXIS", axis.keyword());
        assertEquals(java.util.List.of("Easting", "EAST"), axis.values());
        WktNode spheroid = WktNode.parse("SPHEROID[\"GRS 1980\",6378137,298.257222101]").orElseThrow();
        assertEquals(java.util.List.of("GRS 1980", "6378137", "298.257222101"), spheroid.values());
    }

    @Test
    void lambert93PrjCarriesTheRequiredParameters() {
        String wkt = EsriPrj.wkt(2154);
        for (String part : new String[] {"PROJCS[\"RGF93_Lambert_93\"", "GEOGCS[\"GCS_RGF_1993\"",
                "DATUM[\"D_RGF_1993\"", "SPHEROID[\"GRS_1980\",6378137.0,298.257222101]",
                "PROJECTION[\"Lambert_Conformal_Conic\"]", "PARAMETER[\"False_Easting\",700000.0]",
                "PARAMETER[\"False_Northing\",6600000.0]", "PARAMETER[\"Central_Meridian\",3.0]",
                "PARAMETER[\"Standard_Parallel_1\",49.0]", "PARAMETER[\"Standard_Parallel_2\",44.0]",
                "PARAMETER[\"Latitude_Of_Origin\",46.5]"}) {
            assertTrue(wkt.contains(part), part);
        }
        assertThrows(IllegalArgumentException.class, () -> EsriPrj.wkt(0));
    }
}
