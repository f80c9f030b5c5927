package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ContactCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientAndCompetitorCsvTest {
    private static final CoordinateTransform TO_LAMBERT = CoordinateTransform.between(Srids.WGS84, Srids.LAMBERT_93);

    @TempDir
    Path dir;

    private static Client client(String code, String name, ContactCategory category, LocalDate first, LocalDate last) {
        double[] xy = TO_LAMBERT.transform(-0.07796, 47.25908);
        return new Client(code, name, category, "retail", -0.07796, 47.25908, xy[0], xy[1], 12345.67, 2345.6, 42,
                first, last, 1, true, false);
    }

    @Test
    void clientsRoundTripIncludingQuotedNameAndEmptyDates() throws IOException {
        List<Client> clients = List.of(
                client("C001", "Boutique \"Exemple\", Saumur", ContactCategory.CLIENT, LocalDate.of(2010, 1, 2), LocalDate.of(2026, 3, 4)),
                client("C002", "Ferme Démo", ContactCategory.PROSPECT, null, null));
        Path file = dir.resolve("clients.csv");
        ClientCsvWriter.write(file, clients);
        assertEquals(clients, ClientCsvReader.read(file, Srids.LAMBERT_93));
    }

    @Test
    void unknownCategoryIsNamed() throws IOException {
        Path file = dir.resolve("clients.csv");
        Files.writeString(file, String.join(",", CanonicalColumns.CLIENTS) + "\n"
                + "C001,X,customer,retail,-0.5,47.4,0,0,0,,,0,false,false\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> ClientCsvReader.read(file, Srids.WGS84));
        assertEquals("Row 2 of clients.csv cannot be read: the category \"customer\" is not one of client, former_client, "
                + "prospect, supplier, banker, journalist, relation.", e.getMessage());
    }

    @Test
    void prescriberAndNumericBooleansAreAccepted() throws IOException {
        Path file = dir.resolve("clients.csv");
        Files.writeString(file, String.join(",", CanonicalColumns.CLIENTS) + "\n"
                + "C001,X,prescriber,retail,-0.5,47.4,,,,,,,1,0\n");
        Client client = ClientCsvReader.read(file, Srids.WGS84).get(0);
        assertEquals(ContactCategory.RELATION, client.category());
        assertEquals(0, client.revenue());
        assertEquals(true, client.difficult());
        assertEquals(false, client.motivated());
    }

    @Test
    void competitorsRoundTrip() throws IOException {
        double[] xy = TO_LAMBERT.transform(-1.20262, 47.36774);
        List<Competitor> competitors = List.of(new Competitor("K1", "Méga, \"Démo\"", "Méga", -1.20262, 47.36774, xy[0], xy[1], 8000));
        Path file = dir.resolve("competitors.csv");
        CompetitorCsvWriter.write(file, competitors);
        assertEquals(competitors, CompetitorCsvReader.read(file, Srids.LAMBERT_93));
        assertEquals("K1,\"Méga, \"\"Démo\"\"\",Méga,-1.20262,47.36774,8000", Files.readAllLines(file).get(1));
    }

    @Test
    void competitorNeedsPositiveAttractiveness() throws IOException {
        Path file = dir.resolve("competitors.csv");
        Files.writeString(file, "code,name,brand,lon,lat,attractiveness\nK1,A,B,-0.5,47.4,0\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CompetitorCsvReader.read(file, Srids.WGS84));
        assertEquals("Row 2 of competitors.csv cannot be read: the attractiveness cell 0 is not greater than 0.", e.getMessage());
    }
}
