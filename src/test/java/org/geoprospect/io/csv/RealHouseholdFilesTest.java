package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Commune;
import org.geoprospect.geo.CommuneTable;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Households files as CRMs and spreadsheets write them, built byte by byte in a temporary folder. */
class RealHouseholdFilesTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CoordinateTransform TO_LAMBERT = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93);
    private static final CommuneTable COMMUNES = CommuneTable.shipped();

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static List<HouseholdRow> rows = new ArrayList<>();

    private static CsvImportReport read(Path file, CsvImportOptions options) throws IOException {
        rows = new ArrayList<>();
        return HouseholdCsvReader.read(file, options, ProgressMonitor.NONE, rows::add);
    }

    private static void checkAtCommune(HouseholdRow row, String insee, PlacementMethod method) {
        Commune commune = COMMUNES.byInsee(insee).orElseThrow();
        double[] xy = TO_LAMBERT.transform(commune.lon(), commune.lat());
        assertEquals(commune.lon(), row.household().lon());
        assertEquals(commune.lat(), row.household().lat());
        assertEquals(xy[0], row.household().x(), 1e-6);
        assertEquals(xy[1], row.household().y(), 1e-6);
        assertEquals(insee, row.household().communeInsee());
        assertEquals(PositionPrecision.COMMUNE, row.precision());
        assertEquals(method, row.placement().method());
    }

    private static final String FRENCH_EXCEL = String.join("\r\n",
            "Code anonyme;Prénom;Nom;Adresse;Code Postal;Ville;Téléphone;Courriel;Latitude;Longitude;Centres d'intérêt;"
                    + "Taille du foyer;Consentement email;Date consentement email;Dernier contact;Remarque",
            "H1;Zoé;Exemple;3, rue des Écoles;49000;Angers;06 12 34 56 78;zoe@example.org;47,47381;-0,54774;VTT|Pique-nique;"
                    + "3;Oui;02/03/2025;15/01/2024;fidèle",
            "H2;;;;49300;Cholet;;;;;Randonnée;2;non;;;",
            "H3;;;;49300;Cholet;;;47,4;abc;;1;non;;;",
            "H4;;;;49300;Cholet;;;;;;1;non;;31/02/2024;",
            "H5;;;;99999;Nulle-Part;;;;;;1;non;;;",
            ";;;;;;;;;;;;;;;",
            "");

    @Test
    void frenchExcelExportIsReadWithItsRejectsListed() throws IOException {
        Path file = write("export-crm.csv", FRENCH_EXCEL, WINDOWS_1252);
        CsvImportReport report = read(file, CsvImportOptions.into(Srids.LAMBERT_93));

        assertEquals(new CsvDialect(';', WINDOWS_1252, false), report.dialect());
        assertEquals(5, report.read());
        assertEquals(2, report.accepted());
        assertEquals(List.of(
                new Rejection(4, "the Longitude cell \"abc\" is not a number"),
                new Rejection(5, "the Dernier contact cell \"31/02/2024\" is not a date in the form yyyy-MM-dd or dd/MM/yyyy (four-digit year)"),
                new Rejection(6, "the postal code 99999 is not in the commune table; check it, or give an INSEE code or coordinates")),
                report.rejections());
        assertEquals(List.of("Remarque"), report.ignoredColumns());
        assertEquals("Code Postal", report.columns().get("postal_code"));
        assertEquals(Map.of(PlacementMethod.LON_LAT, 1L, PlacementMethod.POSTAL_CODE, 1L), report.placedBy());

        Household h1 = rows.get(0).household();
        assertEquals(-0.54774, h1.lon());
        assertEquals(47.47381, h1.lat());
        double[] xy = TO_LAMBERT.transform(-0.54774, 47.47381);
        assertEquals(xy[0], h1.x());
        assertEquals(xy[1], h1.y());
        assertEquals(List.of("mountain_bike", "picnic"), h1.interests());
        assertEquals(3, h1.householdSize());
        assertTrue(h1.consent(Channel.EMAIL).granted());
        assertEquals(LocalDate.of(2025, 3, 2), h1.consent(Channel.EMAIL).date());
        assertEquals(LocalDate.of(2024, 1, 15), h1.lastContactDate());
        assertEquals(PositionPrecision.EXACT, rows.get(0).precision());
        HouseholdContact contact = rows.get(0).contact();
        assertEquals(new HouseholdContact("H1", "Zoé", "Exemple", "3, rue des Écoles", "49000", "Angers", "06 12 34 56 78",
                "zoe@example.org"), contact);

        checkAtCommune(rows.get(1), "49099", PlacementMethod.POSTAL_CODE);
        assertEquals(List.of("hiking"), rows.get(1).household().interests());
    }

    @Test
    void rejectsFileKeepsTheOriginalCellsSeparatorAndEncoding() throws IOException {
        Path file = write("export-crm.csv", FRENCH_EXCEL, WINDOWS_1252);
        CsvImportReport report = read(file, CsvImportOptions.into(Srids.LAMBERT_93));
        Path rejects = report.writeRejectsBeside(dir.resolve("report.json")).orElseThrow();

        assertEquals(dir.resolve("export-crm-rejects.csv"), rejects);
        String expected = String.join("\n",
                "Code anonyme;Prénom;Nom;Adresse;Code Postal;Ville;Téléphone;Courriel;Latitude;Longitude;Centres d'intérêt;"
                        + "Taille du foyer;Consentement email;Date consentement email;Dernier contact;Remarque;reject_reason",
                "H3;;;;49300;Cholet;;;47,4;abc;;1;non;;;;the Longitude cell \"\"abc\"\" is not a number",
                "H4;;;;49300;Cholet;;;;;;1;non;;31/02/2024;;the Dernier contact cell \"\"31/02/2024\"\" is not a date in the form"
                        + " yyyy-MM-dd or dd/MM/yyyy (four-digit year)",
                "H5;;;;99999;Nulle-Part;;;;;;1;non;;;;the postal code 99999 is not in the commune table; check it, or give an INSEE"
                        + " code or coordinates",
                "");
        // Cells holding a quote or the separator are quoted; the reasons above hold both.
        String actual = new String(Files.readAllBytes(rejects), WINDOWS_1252);
        String[] lines = actual.split("\n", -1);
        assertEquals(5, lines.length);
        assertEquals(expected.split("\n", -1)[0], lines[0]);
        assertEquals("H3;;;;49300;Cholet;;;47,4;abc;;1;non;;;;\"the Longitude cell \"\"abc\"\" is not a number\"", lines[1]);
        assertTrue(lines[3].endsWith(";;\"the postal code 99999 is not in the commune table; check it, or give an INSEE code or coordinates\""),
                lines[3]);
    }

    @Test
    void utf8WithBomAndCommasIsRead() throws IOException {
        Path file = write("bom.csv", "\uFEFFCode,Longitude,Latitude,Ville\nB1,-0.54774,47.47381,Saint-Barthélemy-d'Anjou\n",
                StandardCharsets.UTF_8);
        CsvImportReport report = read(file, CsvImportOptions.into(Srids.WGS84));
        assertEquals(new CsvDialect(',', StandardCharsets.UTF_8, true), report.dialect());
        assertEquals("Saint-Barthélemy-d'Anjou", rows.get(0).contact().city());
        assertEquals(-0.54774, rows.get(0).household().x());
    }

    @Test
    void tabSeparatedFileIsRead() throws IOException {
        Path file = write("tab.txt", "anon_code\tlon\tlat\tinterests\nT1\t-0,87953\t47.05905\tfishing,wine\n", StandardCharsets.UTF_8);
        read(file, CsvImportOptions.into(Srids.WGS84));
        Household h = rows.get(0).household();
        assertEquals("T1", h.anonCode());
        assertEquals(-0.87953, h.lon());
        assertEquals(List.of("fishing", "wine"), h.interests());
    }

    @Test
    void postalCodeOnlyPlacesAtTheCommuneCentreUsingTheCityWhenAmbiguous() throws IOException {
        Path file = write("cp.csv", "anon_code;code_postal;ville\nP1;49300;Cholet\nP2;49000;ECOUFLANT CEDEX\nP3;49000;\nP4;1500;\n",
                StandardCharsets.UTF_8);
        CsvImportReport report = read(file, CsvImportOptions.into(Srids.LAMBERT_93));
        assertEquals(4, report.accepted());
        checkAtCommune(rows.get(0), "49099", PlacementMethod.POSTAL_CODE);
        checkAtCommune(rows.get(1), "49129", PlacementMethod.POSTAL_CODE);
        assertNull(rows.get(1).placement().note());
        checkAtCommune(rows.get(2), "49007", PlacementMethod.POSTAL_CODE);
        assertEquals("postal code 49000 serves 2 communes; placed at the most populous, Angers", rows.get(2).placement().note());
        checkAtCommune(rows.get(3), "01004", PlacementMethod.POSTAL_CODE);
        assertTrue(report.notes().contains("2 rows have a placement note (e.g. a postal code serving several communes placed"
                + " at the most populous)."), report.notes().toString());
    }

    @Test
    void inseeCodeOnlyPlacesAtTheCommuneCentre() throws IOException {
        Path file = write("insee.csv", "anon_code,code_insee\nI1,49099\nI2,1004\nI3,99999\n", StandardCharsets.UTF_8);
        CsvImportReport report = read(file, CsvImportOptions.into(Srids.LAMBERT_93));
        checkAtCommune(rows.get(0), "49099", PlacementMethod.INSEE_CODE);
        checkAtCommune(rows.get(1), "01004", PlacementMethod.INSEE_CODE);
        assertEquals(List.of(new Rejection(4, "the INSEE code 99999 is not in the commune table; check it, or give a postal code or"
                + " coordinates")), report.rejections());
    }

    @Test
    void projectedLambert93MatchesTheLonLatVersionWithinOneMetre() throws IOException {
        double[][] lonLat = {{-0.54774, 47.47381}, {-0.87953, 47.05905}, {5.3516, 45.95932}};
        StringBuilder projected = new StringBuilder("anon_code;X Lambert 93;Y Lambert 93\n");
        StringBuilder geographic = new StringBuilder("anon_code,lon,lat\n");
        for (int i = 0; i < lonLat.length; i++) {
            double[] xy = TO_LAMBERT.transform(lonLat[i][0], lonLat[i][1]);
            projected.append("P").append(i).append(';').append(String.format(java.util.Locale.FRANCE, "%.2f;%.2f", xy[0], xy[1]))
                    .append('\n');
            geographic.append("P").append(i).append(',').append(lonLat[i][0]).append(',').append(lonLat[i][1]).append('\n');
        }
        CsvImportReport report = read(write("l93.csv", projected.toString(), StandardCharsets.UTF_8),
                CsvImportOptions.into(Srids.LAMBERT_93).withSourceSrid(Srids.LAMBERT_93));
        List<HouseholdRow> fromXy = rows;
        read(write("wgs.csv", geographic.toString(), StandardCharsets.UTF_8), CsvImportOptions.into(Srids.LAMBERT_93));
        assertEquals(Map.of(PlacementMethod.PROJECTED_XY, 3L), report.placedBy());
        for (int i = 0; i < lonLat.length; i++) {
            Household a = fromXy.get(i).household();
            Household b = rows.get(i).household();
            assertEquals(b.x(), a.x(), 0.01);
            assertEquals(b.y(), a.y(), 0.01);
            // 1 m is about 1.3e-5 degrees of longitude and 0.9e-5 of latitude here.
            assertEquals(b.lon(), a.lon(), 1e-5);
            assertEquals(b.lat(), a.lat(), 1e-5);
            assertEquals(PositionPrecision.EXACT, fromXy.get(i).precision());
        }
    }

    @Test
    void projectedCoordinatesWithoutSridAreRejectedWithAHint() throws IOException {
        read(write("l93.csv", "anon_code;x;y\nP1;431000;6712000\n", StandardCharsets.UTF_8), CsvImportOptions.into(Srids.LAMBERT_93));
        assertTrue(assertThrows(CsvFormatException.class, () -> HouseholdCsvReader.read(
                        write("l93.csv", "anon_code;x;y\nP1;431000;6712000\n", StandardCharsets.UTF_8),
                        CsvImportOptions.into(Srids.LAMBERT_93).strictly(), ProgressMonitor.NONE, r -> { }))
                .getMessage().endsWith("state their EPSG code in a mapping file (\"srid\": 2154)."));
    }

    @Test
    void mappingFileNamesColumnsSridAndDateFormat() throws IOException {
        double[] xy = TO_LAMBERT.transform(-0.87953, 47.05905);
        Path file = write("odd.csv", "N° foyer|Coord E|Coord N|Date RGPD|opt-in mail\nM1|" + xy[0] + "|" + xy[1] + "|20250302|O\n",
                StandardCharsets.UTF_8);
        Path mapping = write("mapping.json", "{\"columns\": {\"anon_code\": \"N° foyer\", \"x\": \"Coord E\", \"y\": \"Coord N\","
                + " \"consent_email_date\": \"Date RGPD\"}, \"srid\": 2154, \"dateFormat\": \"yyyyMMdd\", \"separator\": \"|\","
                + " \"encoding\": \"UTF-8\"}", StandardCharsets.UTF_8);
        CsvImportReport report = read(file, CsvImportOptions.into(Srids.WGS84).withMapping(CsvMapping.read(mapping)));
        Household h = rows.get(0).household();
        assertEquals("M1", h.anonCode());
        assertEquals(-0.87953, h.lon(), 1e-7);
        assertEquals(47.05905, h.lat(), 1e-7);
        assertEquals(LocalDate.of(2025, 3, 2), h.consent(Channel.EMAIL).date());
        assertTrue(h.consent(Channel.EMAIL).granted());
        assertEquals(List.of(), report.ignoredColumns());
    }

    @Test
    void mappingFileMistakesGetOneSentence() throws IOException {
        Path file = write("h.csv", "id;cp\n1;49300\n", StandardCharsets.UTF_8);
        Path unknownKey = write("m1.json", "{\"colums\": {}}", StandardCharsets.UTF_8);
        assertEquals("The mapping file m1.json has an unknown key \"colums\"; the keys are columns, srid, dateFormat, separator"
                + " and encoding.", assertThrows(CsvFormatException.class, () -> CsvMapping.read(unknownKey)).getMessage());
        Path missingHeader = write("m2.json", "{\"columns\": {\"anon_code\": \"Numéro\"}}", StandardCharsets.UTF_8);
        assertEquals("The mapping file maps anon_code to the header \"Numéro\", which h.csv does not have; its headers are id, cp.",
                assertThrows(CsvFormatException.class, () -> read(file,
                        CsvImportOptions.into(Srids.WGS84).withMapping(CsvMapping.read(missingHeader)))).getMessage());
    }

    @Test
    void junkBytesNamedCsvGiveOneSentence() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path file = dir.resolve("households.csv");
        Files.write(file, junk);
        assertEquals("The file households.csv is not a CSV text file (it holds binary data); export the customer list from"
                + " your spreadsheet or CRM as CSV and import that file.",
                assertThrows(CsvFormatException.class, () -> read(file, CsvImportOptions.into(Srids.WGS84))).getMessage());
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertTrue(assertThrows(CsvFormatException.class, () -> read(file, CsvImportOptions.into(Srids.WGS84)))
                .getMessage().startsWith("The file households.csv is a spreadsheet workbook"));
    }

    @Test
    void invalidUtf8AfterTheSampleNamesItsRow() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("anon_code,lon,lat,city\n".getBytes(StandardCharsets.US_ASCII));
        int rowsBefore = CsvDialectDetector.SAMPLE_BYTES / 30 + 10;
        for (int i = 0; i < rowsBefore; i++) {
            bytes.writeBytes(String.format("H%07d,-0.50000,47.40000,Angers\n", i).getBytes(StandardCharsets.US_ASCII));
        }
        bytes.writeBytes("X1,-0.5,47.4,Ang".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes("rs\n".getBytes(StandardCharsets.US_ASCII));
        Path file = dir.resolve("late.csv");
        Files.write(file, bytes.toByteArray());
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(file, CsvImportOptions.into(Srids.WGS84)));
        long row = rowsBefore + 2;
        assertEquals("Row " + row + " of late.csv holds bytes that are not valid UTF-8 although the start of the file is; save the"
                + " file again as UTF-8, or state its encoding in a mapping file (\"encoding\": \"windows-1252\").", e.getMessage());
    }

    @Test
    void noPositionColumnIsNamedWithTheHeadersFound() throws IOException {
        Path file = write("nopos.csv", "anon_code;Nom\nA;B\n", StandardCharsets.UTF_8);
        assertEquals("The header of nopos.csv has no position columns: it needs lon and lat, x and y (with an SRID),"
                + " commune_insee or postal_code; the headers found are anon_code, Nom; rename them or map them in a mapping file.",
                assertThrows(CsvFormatException.class, () -> read(file, CsvImportOptions.into(Srids.WGS84))).getMessage());
    }

    @Test
    void whollyRejectedFileStopsWithOneSentence() throws IOException {
        StringBuilder text = new StringBuilder("anon_code;lon;lat\n");
        for (int i = 0; i < CsvSource.ALL_REJECTED_LIMIT + 5; i++) {
            text.append("H").append(i).append(";east;north\n");
        }
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> read(write("bad.csv", text.toString(), StandardCharsets.UTF_8), CsvImportOptions.into(Srids.WGS84)));
        assertEquals("The first 1000 rows of bad.csv were all rejected, so the file is probably not read as intended (row 2:"
                + " the lon cell \"east\" is not a number); check the separator, the column mapping and the SRID.", e.getMessage());
    }
}
