package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseholdCsvReaderTest {
    private static final String HEADER = String.join(",", CanonicalColumns.HOUSEHOLDS);

    @TempDir
    Path dir;

    private Path file(String... lines) throws IOException {
        Path file = dir.resolve("households.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<HouseholdRow> readAll(Path file, int srid) throws IOException {
        List<HouseholdRow> rows = new ArrayList<>();
        HouseholdCsvReader.readAll(file, srid, ProgressMonitor.NONE, rows::add);
        return rows;
    }

    @Test
    void readsCanonicalRowWithBomAndNumericBooleans() throws IOException {
        Path file = file("\uFEFF" + HEADER,
                "H1,-0.54774,47.47381,49007,picnic|mountain_bike,3,30-44,C,1,2025-03-02,0,,0,,1,web_form,2024-01-15,,,,,,,");
        HouseholdRow row = readAll(file, Srids.LAMBERT_93).get(0);
        Household h = row.household();
        assertEquals("H1", h.anonCode());
        assertEquals(List.of("picnic", "mountain_bike"), h.interests());
        assertEquals(new Consent(true, LocalDate.of(2025, 3, 2)), h.consent(Channel.EMAIL));
        assertEquals(Consent.NONE, h.consent(Channel.SMS));
        assertTrue(h.consent(Channel.POSTAL).granted());
        assertEquals(LocalDate.of(2024, 1, 15), h.lastContactDate());
        assertEquals("web_form", h.consentSource());
        double[] expected = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(-0.54774, 47.47381);
        assertEquals(expected[0], h.x());
        assertEquals(expected[1], h.y());
        assertNull(row.contact(), "no personal cell, no contact part");
    }

    @Test
    void targetWgs84KeepsLonLatAsXy() throws IOException {
        Path file = file(HEADER, "H1,-0.54774,47.47381,,,0,,,false,,false,,false,,false,,,,,,,,,");
        Household h = readAll(file, Srids.WGS84).get(0).household();
        assertEquals(-0.54774, h.x());
        assertEquals(47.47381, h.y());
        assertEquals(List.of(), h.interests());
        assertNull(h.communeInsee());
    }

    @Test
    void malformedRowGivesOneSentenceWithItsRowNumber() throws IOException {
        Path file = file(HEADER,
                "H1,-0.5,47.4,,,1,,,false,,false,,false,,false,,,,,,,,,",
                "H2,-0.5,abc,,,1,,,false,,false,,false,,false,,,,,,,,,");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> readAll(file, Srids.LAMBERT_93));
        assertEquals("Row 3 of households.csv cannot be read: the lat cell \"abc\" is not a number "
                + "(use a dot as decimal separator).", e.getMessage());
        assertEquals(3, e.row());
    }

    @Test
    void rowWithMissingCellsIsRejected() throws IOException {
        Path file = file(HEADER, "H1,-0.5,47.4");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> readAll(file, Srids.LAMBERT_93));
        assertTrue(e.getMessage().startsWith("Row 2 of households.csv cannot be read: it has 3 cells where the header has 24 columns"),
                e.getMessage());
    }

    @Test
    void badBooleanDateAndInterestAreNamed() throws IOException {
        String good = "H1,-0.5,47.4,,picnic,1,,,false,,false,,false,,false,,,,,,,,,";
        assertEquals("Row 2 of households.csv cannot be read: the consent_sms cell \"maybe\" is not a yes/no value "
                        + "(true/false, oui/non, 1/0, yes/no, vrai/faux).",
                assertThrows(CsvFormatException.class, () -> readAll(file(HEADER, good.replace("false,,false,,false,,false", "false,,maybe,,false,,false")),
                        Srids.WGS84)).getMessage());
        assertEquals("Row 2 of households.csv cannot be read: the last_contact_date cell \"12/05/24\" is not a date in the form "
                        + "yyyy-MM-dd or dd/MM/yyyy (four-digit year).",
                assertThrows(CsvFormatException.class, () -> readAll(file(HEADER, good.replace("false,,,", "false,,12/05/24,")),
                        Srids.WGS84)).getMessage());
        assertTrue(assertThrows(CsvFormatException.class, () -> readAll(file(HEADER, good.replace("picnic", "yoga")), Srids.WGS84))
                .getMessage().startsWith("Row 2 of households.csv cannot be read: the interest \"yoga\" is not one of picnic"));
    }

    @Test
    void frenchDateAndYesAreReadInTheCanonicalFileToo() throws IOException {
        String row = "H1,-0.5,47.4,,,1,,,false,,yes,,false,,false,,12/05/2024,,,,,,,";
        Household h = readAll(file(HEADER, row), Srids.WGS84).get(0).household();
        assertTrue(h.consent(Channel.SMS).granted());
        assertEquals(LocalDate.of(2024, 5, 12), h.lastContactDate());
    }

    @Test
    void missingAnonCodeColumnIsNamedWithTheHeadersFound() throws IOException {
        Path file = file("code_postal,lon,lat");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> readAll(file, Srids.WGS84));
        assertEquals("The header of households.csv lacks the column anon_code; the headers found are code_postal, lon, lat;"
                + " rename one of them or map it in a mapping file ({\"columns\": {\"anon_code\": \"Your header\"}}).", e.getMessage());
    }

    @Test
    void emptyFileIsReported() throws IOException {
        Path file = dir.resolve("households.csv");
        Files.writeString(file, "");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> readAll(file, Srids.WGS84));
        assertTrue(e.getMessage().startsWith("The file households.csv is empty"));
    }

    @Test
    void quotedPersonalFieldsRoundTrip() throws IOException {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(true, LocalDate.of(2024, 5, 6)));
        consents.put(Channel.SMS, Consent.NONE);
        consents.put(Channel.PHONE, new Consent(false, LocalDate.of(2023, 1, 2)));
        consents.put(Channel.POSTAL, new Consent(true, null));
        double[] xy = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93).transform(-0.87953, 47.05905);
        Household household = new Household("H42", -0.87953, 47.05905, xy[0], xy[1], "49099", List.of("wine", "pets"), 2,
                "45-59", "B", consents, "shop", null);
        HouseholdContact contact = new HouseholdContact("H42", "Camille", "Exemple, \"dite\" Démo", "3, rue des Exemples",
                "49300", "Cholet", null, "camille@example.org");
        Path file = dir.resolve("round-trip.csv");
        try (HouseholdCsvWriter writer = HouseholdCsvWriter.open(file)) {
            writer.write(household, contact);
        }
        HouseholdRow back = readAll(file, Srids.LAMBERT_93).get(0);
        assertEquals(household, back.household());
        assertEquals(contact, back.contact());
        assertTrue(Files.readString(file).contains("\"Exemple, \"\"dite\"\" Démo\",\"3, rue des Exemples\""));
    }
}
