package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.io.csv.CsvFormatException;
import org.geoprospect.io.shp.ShapefileReader;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Previews of the import fixtures (made by GDAL) and of CSV files built here: CRS, counts, mapping, kind. */
class ImportPreviewServiceTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String FRENCH_HOUSEHOLDS = String.join("\r\n",
            "Code anonyme;Code Postal;Ville;Centres d'intérêt;Consentement email;Prénom;Nom;Courriel;Note interne",
            "F001;49000;Angers;picnic|mountain_bike;oui;Zoé;Exemple;zoe.exemple@example.org;x",
            "F002;49300;Cholet;hiking;non;;;;",
            "F003;99999;Nulle-part;picnic;non;;;;",
            "");

    private final ImportPreviewService previews = new ImportPreviewService();

    @TempDir
    Path dir;

    static Path fixture(String name) throws Exception {
        return Path.of(ImportPreviewServiceTest.class.getResource("import/" + name).toURI());
    }

    @Test
    void shapefileWithoutPrjRequiresACrsAndCountsItsRecords() throws Exception {
        Path shp = fixture("roads-noprj.shp");
        LayerPreview preview = previews.previewLayer(shp, null, ProgressMonitor.NONE);
        assertTrue(preview.crsRequired());
        assertNull(preview.crs());
        assertEquals(LayerPreview.CrsEvidence.NO_PRJ, preview.crsEvidence());
        assertEquals(GeometryKind.LINE, preview.kind());
        assertEquals(ShapefileReader.read(shp).features().size(), preview.features());
        assertEquals(Math.min(20, preview.features()), preview.rows().size());
        assertEquals(preview.columns().size(), preview.rows().get(0).size());
    }

    @Test
    void lambert93MetresDoNotFitWgs84ButFitLambert93() throws Exception {
        LayerPreview preview = previews.previewLayer(fixture("roads-noprj.shp"), null, ProgressMonitor.NONE);
        assertTrue(previews.outsideAreaOfUse(preview, 4326), "metres read as degrees leave the globe");
        assertFalse(previews.outsideAreaOfUse(preview, 2154));
    }

    @Test
    void esriStyleWgs84PrjIsRecognisedWithItsReasonAndLatin1AccentsSurvive() throws Exception {
        LayerPreview shp = previews.previewLayer(fixture("communes4326.shp"), null, ProgressMonitor.NONE);
        LayerPreview json = previews.previewLayer(fixture("communes.geojson"), null, ProgressMonitor.NONE);
        assertEquals(4326, shp.crs().code());
        assertFalse(shp.crsRequired());
        assertTrue(shp.crsReason().startsWith("Recognised as EPSG:4326"), shp.crsReason());
        assertEquals("ISO-8859-1", shp.encoding(), "the .cpg says LATIN1");
        assertEquals(json.features(), shp.features(), "the same communes in both formats");
        assertEquals(4326, json.crs().code());
        assertEquals(LayerPreview.CrsEvidence.GEOJSON, json.crsEvidence());
        assertNull(json.encoding());
        assertTrue(shp.rows().stream().flatMap(r -> r.stream()).anyMatch(v -> v.matches(".*[éèêàç].*")),
                "some commune name has an accent");
    }

    @Test
    void forcingTheWrongEncodingChangesTheAttributes() throws Exception {
        LayerPreview right = previews.previewLayer(fixture("communes4326.shp"), null, ProgressMonitor.NONE);
        LayerPreview wrong = previews.previewLayer(fixture("communes4326.shp"), Charset.forName("IBM850"), ProgressMonitor.NONE);
        assertEquals("IBM850", wrong.encoding());
        assertFalse(right.rows().equals(wrong.rows()));
    }

    @Test
    void anotherFileKindIsOneSentence() throws Exception {
        Path txt = Files.writeString(dir.resolve("roads.kml"), "<kml/>");
        UserFacingException e = assertThrows(UserFacingException.class,
                () -> previews.previewLayer(txt, null, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("roads.kml"), e.getMessage());
    }

    @Test
    void frenchHouseholdExportIsGuessedMappedAndMasked() throws Exception {
        Path csv = Files.write(dir.resolve("foyers.csv"), FRENCH_HOUSEHOLDS.getBytes(WINDOWS_1252));
        CustomerPreview preview = previews.previewCustomers(csv, null, ProgressMonitor.NONE);
        assertEquals(CustomerFileKind.HOUSEHOLDS, preview.kind());
        assertEquals(CustomerFileKind.HOUSEHOLDS, preview.guessedKind());
        assertEquals("semicolon", preview.separatorName());
        assertEquals("windows-1252", preview.encoding());
        assertEquals(3, preview.totalRows());
        assertEquals("Code anonyme", preview.columns().get("anon_code"));
        assertEquals("Code Postal", preview.columns().get("postal_code"));
        assertEquals("Centres d'intérêt", preview.columns().get("interests"), "accents decoded from Windows-1252");
        assertTrue(preview.ignoredColumns().contains("Note interne"));
        assertEquals(2L, preview.placedBy().get("postal_code"));
        assertEquals(1, preview.sampleRejected(), "99999 is no postal code");
        assertNotNull(preview.firstRejection());
        assertTrue(preview.importable());
        int firstName = preview.headers().indexOf("Prénom");
        int email = preview.headers().indexOf("Courriel");
        assertEquals(CustomerPreview.MASK, preview.rows().get(0).get(firstName));
        assertEquals(CustomerPreview.MASK, preview.rows().get(0).get(email));
        assertEquals("", preview.rows().get(1).get(email), "an empty cell stays empty");
        assertEquals("Angers", preview.rows().get(0).get(preview.headers().indexOf("Ville")));
    }

    @Test
    void readingAHouseholdFileAsClientsSaysWhyItCannotBeImported() throws Exception {
        Path csv = Files.write(dir.resolve("foyers.csv"), FRENCH_HOUSEHOLDS.getBytes(WINDOWS_1252));
        CustomerPreview preview = previews.previewCustomers(csv, CustomerFileKind.CLIENTS, ProgressMonitor.NONE);
        assertEquals(CustomerFileKind.CLIENTS, preview.kind());
        assertEquals(CustomerFileKind.HOUSEHOLDS, preview.guessedKind());
        assertFalse(preview.importable());
        assertTrue(preview.problem().contains("foyers.csv"), preview.problem());
    }

    @Test
    void sampleClientAndCompetitorFilesAreGuessed() throws Exception {
        Path clients = Path.of("sample-data/clients.csv");
        Path competitors = Path.of("sample-data/competitors.csv");
        assertEquals(CustomerFileKind.CLIENTS, previews.previewCustomers(clients, null, ProgressMonitor.NONE).guessedKind());
        CustomerPreview c = previews.previewCustomers(competitors, null, ProgressMonitor.NONE);
        assertEquals(CustomerFileKind.COMPETITORS, c.guessedKind());
        assertEquals(Files.readAllLines(competitors).stream().skip(1).filter(l -> !l.isBlank()).count(), c.totalRows());
    }

    @Test
    void anOptOutListIsGuessedAsObjectionsWithItsContactsMasked() throws Exception {
        Path csv = Files.writeString(dir.resolve("oppositions.csv"),
                "email,date,channel\nsomeone@example.org,2026-01-05,email\n");
        CustomerPreview preview = previews.previewCustomers(csv, null, ProgressMonitor.NONE);
        assertEquals(CustomerFileKind.OBJECTIONS, preview.kind());
        assertEquals(CustomerPreview.MASK, preview.rows().get(0).get(0));
        assertEquals("2026-01-05", preview.rows().get(0).get(1));
    }

    @Test
    void anEmptyCsvIsOneSentence() throws Exception {
        Path csv = Files.writeString(dir.resolve("vide.csv"), "");
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> previews.previewCustomers(csv, null, ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("vide.csv"), e.getMessage());
    }

    @Test
    void crsSearchFindsLambert93ByCodeAndByName() {
        CrsLookupService lookup = new CrsLookupService();
        assertEquals(2154, lookup.search("2154", 10).get(0).code());
        assertTrue(lookup.search("lambert 93", 10).stream().anyMatch(o -> o.code() == 2154));
        assertEquals("EPSG:2154 RGF93 / Lambert-93", lookup.byCode(2154).orElseThrow().label());
    }

    @Test
    void failureSentencesKeepUserSentencesAndHideProgrammingErrors() {
        assertEquals("Bad file.", FailureSentences.of(new RuntimeException("wrapped", new UserFacingException("Bad file."))).orElseThrow());
        assertTrue(FailureSentences.of(new NullPointerException("x is null")).isEmpty());
    }
}
