package org.geoprospect.io.shp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import org.geoprospect.io.shp.PrjRecognition.Basis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrjSridTest {
    private static void check(String wkt, int expected) {
        assertEquals(OptionalInt.of(expected), PrjSrid.recognise(wkt), wkt);
    }

    private static String prj(String file) {
        try (InputStream in = PrjSridTest.class.getResourceAsStream("prj/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource prj/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0} -> EPSG:{1} by {2}")
    @CsvSource({
        "arcgis-lambert93.prj, 2154, NAME",
        "ign-admin-express-lambert93.prj, 2154, NAME",
        "osm-geofabrik-wgs84.prj, 4326, NAME",
        "gdal2-utm31n.prj, 32631, NAME",
        "qgis2-lambert93-ogc.prj, 2154, AUTHORITY",
        "esri-ntf-france-ii-degrees.prj, 27572, PARAMETERS",
        "ntf-paris-meridian-in-grads.prj, 27572, NAME",
        "lambert-ii-etendu-grads.prj, 27572, NAME",
        "renamed-lambert93.prj, 2154, PARAMETERS",
        "unknown-datum-grs80-utm31.prj, 25831, PARAMETERS",
        "web-mercator-esri-authority.prj, 3857, AUTHORITY",
    })
    void realWorldPrjTextsAreRecognised(String file, int code, Basis basis) {
        PrjRecognition recognition = PrjSrid.recogniseWithReason(prj(file)).orElseThrow(
                () -> new AssertionError(file + " was not recognised"));
        assertEquals(code, recognition.srid(), file);
        assertEquals(basis, recognition.basis(), recognition.reason());
        assertTrue(recognition.reason().startsWith("Recognised as EPSG:" + code), recognition.reason());
    }

    @ParameterizedTest
    @CsvSource({"altered-lambert93.prj", "known-name-altered-parameters.prj", "utm-in-us-feet.prj",
        "unknown-datum-grs80-geographic.prj"})
    void alteredOrAmbiguousTextsAreNotRecognised(String file) {
        assertEquals(Optional.empty(), PrjSrid.recogniseWithReason(prj(file)), file);
    }

    @Test
    void reasonNamesTheClue() {
        assertEquals("Recognised as EPSG:2154 (RGF93 / Lambert-93) by its name \"RGF_1993_Lambert_93\".",
                PrjSrid.recogniseWithReason(prj("arcgis-lambert93.prj")).orElseThrow().reason());
        assertEquals("Recognised as EPSG:2154 (RGF93 / Lambert-93) by its datum RGF93 and Lambert conic conformal"
                        + " parameters; its name \"Mon Lambert\" is not a known one.",
                PrjSrid.recogniseWithReason(prj("renamed-lambert93.prj")).orElseThrow().reason());
        PrjRecognition utm = PrjSrid.recogniseWithReason(prj("unknown-datum-grs80-utm31.prj")).orElseThrow();
        assertTrue(utm.reason().contains("its datum \"D_unknown\" is not a known name"), utm.reason());
    }

    @Test
    void recognitionCarriesTheAreaOfUse() {
        var area = PrjSrid.recogniseWithReason(prj("arcgis-lambert93.prj")).orElseThrow().areaOfUse().orElseThrow();
        assertEquals(-9.86, area.minLon());
        assertEquals(51.56, area.maxLat());
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
        // An authority outside the catalogue is accepted when CTS knows it: ED50 / UTM zone 31N.
        check("PROJCS[\"ED50 / UTM zone 31N\",AUTHORITY[\"EPSG\",\"23031\"]]", 23031);
    }

    @Test
    void authorityCtsDoesNotKnowIsIgnored() {
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"Nowhere\",AUTHORITY[\"EPSG\",\"999999\"]]"));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"Nowhere\",AUTHORITY[\"EPSG\",\"abc\"]]"));
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
        check("PROJCS[\"rgf93 lambert 93\"]", 2154);
        check("PROJCS[\"NTF_Lambert_II_etendu\"]", 27572);
        check("PROJCS[\"NTF (Paris) / Lambert II étendu\"]", 27572);
        check("PROJCS[\"RGF93 v1 / CC46\"]", 3946);
        check("PROJCS[\"NAD_1927_UTM_Zone_17N\"]", 26717);
        check("PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\"]", 3857);
        check("GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]]]", 4326);
        check("  GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"]]\n", 4326);
    }

    @Test
    void definitionOutranksAContradictedName() {
        // The WGS84 name over a Clarke 1866 ellipsoid: the text is not WGS84 whatever its name says; its
        // ellipsoid is that of NAD27 alone in the catalogue.
        PrjRecognition clarke = PrjSrid.recogniseWithReason(
                "GEOGCS[\"WGS 84\",DATUM[\"Mystery\",SPHEROID[\"Clarke 1866\",6378206.4,294.978698213898]]]")
                .orElseThrow();
        assertEquals(4267, clarke.srid());
        assertEquals(Basis.PARAMETERS, clarke.basis());
        // The web Mercator name with a plain Mercator (GDAL's wkt_simple) is accepted, a UTM name is not.
        check("PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"]],"
                + "PROJECTION[\"Mercator_1SP\"]]", 3857);
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"WGS 84 / UTM zone 31N\","
                + "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"]],PROJECTION[\"Mercator_1SP\"]]"));
        // A known name with a datum that says otherwise: the datum outranks the name.
        PrjRecognition nad27 = PrjSrid.recogniseWithReason(
                "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_North_American_1927\"]]").orElseThrow();
        assertEquals(4267, nad27.srid());
        assertEquals(Basis.PARAMETERS, nad27.basis());
        // A known name in grads is not that CRS.
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"],"
                + "UNIT[\"grad\",0.0157079632679489]]"));
        // A geographic name on a projected CRS.
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"WGS 84\",GEOGCS[\"WGS 84\"],"
                + "PROJECTION[\"Transverse_Mercator\"]]"));
    }

    @Test
    void geographicCrsIsFoundByItsDatumOrUniqueEllipsoid() {
        check("GEOGCS[\"My NAD27\",DATUM[\"North_American_Datum_1927\",SPHEROID[\"Clarke 1866\",6378206.4,"
                + "294.978698213898]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]", 4267);
        check("GEOGCS[\"x\",DATUM[\"y\",SPHEROID[\"z\",6378137,298.257223563]],UNIT[\"degree\",0.0174532925199433]]",
                4326);
        // The same in grads, or on the Paris meridian, is another CRS.
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("GEOGCS[\"x\",DATUM[\"D_WGS_1984\",SPHEROID[\"z\","
                + "6378137,298.257223563]],UNIT[\"grad\",0.0157079632679489]]"));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("GEOGCS[\"x\",DATUM[\"D_WGS_1984\",SPHEROID[\"z\","
                + "6378137,298.257223563]],PRIMEM[\"Paris\",2.33722917],UNIT[\"degree\",0.0174532925199433]]"));
    }

    @Test
    void parametersWithoutDatumOrEllipsoidAreNotEnough() {
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"x\",PROJECTION[\"Lambert_Conformal_Conic\"],"
                + "PARAMETER[\"False_Easting\",700000.0],PARAMETER[\"False_Northing\",6600000.0],"
                + "PARAMETER[\"Central_Meridian\",3.0],PARAMETER[\"Standard_Parallel_1\",49.0],"
                + "PARAMETER[\"Standard_Parallel_2\",44.0],PARAMETER[\"Latitude_Of_Origin\",46.5],UNIT[\"Meter\",1.0]]"));
    }

    @Test
    void compoundCrsIsRecognisedByItsHorizontalPart() {
        check("COMPD_CS[\"x + height\"," + prj("renamed-lambert93.prj") + ",VERT_CS[\"NGF-IGN69 height\"]]", 2154);
    }

    @Test
    void unknownOrMalformedGivesEmpty() {
        assertEquals(OptionalInt.empty(), PrjSrid.recognise(null));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise(""));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"Lambert_Zone_IX\"]"));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[\"unclosed"));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("[[[[[[[[[[[["));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("PROJCS[".repeat(10_000)));
        assertEquals(OptionalInt.empty(), PrjSrid.recognise("VERT_CS[\"NGF-IGN69 height\"]"));
    }

    @Test
    void wktNodeKeepsBareValues() {
        WktNode axis = WktNode.parse("AXIS[\"Easting\",EAST]").orElseThrow();
        assertEquals("AXIS", axis.keyword());
        assertEquals(java.util.List.of("Easting", "EAST"), axis.values());
        WktNode spheroid = WktNode.parse("SPHEROID[\"GRS 1980\",6378137,298.257222101]").orElseThrow();
        assertEquals(java.util.List.of("GRS 1980", "6378137", "298.257222101"), spheroid.values());
        assertEquals(6378137, spheroid.number(1));
        assertTrue(Double.isNaN(spheroid.number(0)));
        assertTrue(Double.isNaN(spheroid.number(3)));
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
