package org.geoprospect.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import orders} then {@code segments} on the 20 clients of the RFM core's hand-worked test
 * (RfmScorerTest), written as an orders file: the same scores and segments come out through the import.
 * Client Cnn has nn orders (C05: 4, C20: 19), its last (21 − nn) × 10 days before today; 1,000 € of margin
 * per order, except C20: 19 orders of 5 €.
 */
class SegmentsCommandTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static Path project;

    @BeforeAll
    static void importTwentyClients() throws Exception {
        project = dir.resolve("p");
        assertEquals(0, CommandRun.of("init", "--project", project.toString()).exitCode());
        StringBuilder clients = new StringBuilder("code;nom;lon;lat\n");
        StringBuilder orders = new StringBuilder("numero_commande;code_client;date_commande;montant;marge_brute\n");
        for (int nn = 1; nn <= 20; nn++) {
            String code = String.format("C%02d", nn);
            // 208 lines: 1 + 2 + … + 20 = 210, less one for C05 and one for C20
            clients.append(code).append(";Client ").append(nn).append(";-0.55;47.47\n");
            int count = nn == 5 ? 4 : nn == 20 ? 19 : nn;
            String margin = nn == 20 ? "5,00" : "1 000,00";
            LocalDate last = TODAY.minusDays((21 - nn) * 10L);
            for (int k = 0; k < count; k++) {
                LocalDate date = last.minusDays(10L * k);
                orders.append(code).append('-').append(k).append(';').append(code).append(';')
                        .append(String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()))
                        .append(";3 000,00;").append(margin).append('\n');
            }
        }
        Path clientFile = Files.writeString(dir.resolve("clients.csv"), clients);
        Path orderFile = Files.writeString(dir.resolve("commandes.csv"), orders);
        CommandRun imported = CommandRun.of("import", "clients", clientFile.toString(), "--project", project.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        CommandRun ordersRun = CommandRun.of("import", "orders", orderFile.toString(), "--project", project.toString());
        assertEquals(0, ordersRun.exitCode(), ordersRun.err());
        assertTrue(ordersRun.out().contains("orders: 208 rows read, 208 new"), ordersRun.out());
    }

    @Test
    void theHandWorkedSegmentsComeOutThroughTheImport() throws Exception {
        CommandRun run = CommandRun.of("segments", "--project", project.toString(), "--today", TODAY.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode document = JSON.readTree(run.out());
        Map<String, JsonNode> byCode = new HashMap<>();
        document.get("clients").forEach(c -> byCode.put(c.get("code").asText(), c));
        assertEquals(20, byCode.size());
        assertEquals("champions", byCode.get("C19").get("segment").asText());
        assertEquals("loyal", byCode.get("C20").get("segment").asText(), "R 5 F 5 M 1");
        assertEquals(1, byCode.get("C20").get("m").asInt(), "many small orders, little margin: low M");
        assertEquals("lost", byCode.get("C01").get("segment").asText());
        assertEquals("hibernating", byCode.get("C05").get("segment").asText());
        assertEquals(1, byCode.get("C05").get("f").asInt(), "4 orders, tied with C04 across the boundary");
        assertEquals("needs_attention", byCode.get("C09").get("segment").asText());
        assertEquals("champions", byCode.get("C13").get("segment").asText());
        // C10: 10 orders, 10,000 € in 730 days: 1,000 € × (10 / 1.9986) × 3 years.
        assertEquals(1000 * (10 / (730 / 365.25)) * 3, byCode.get("C10").get("clv").asDouble(), 0.01);
        int total = 0;
        double margin = 0;
        for (JsonNode s : document.get("segments")) {
            total += s.get("clients").asInt();
            margin += s.get("margin").asDouble();
        }
        assertEquals(20, total);
        // 1,000 € × (1+2+3+4+4+6+…+19) + 19 × 5 € = 1,000 × (210 − 1 − 20) + 95
        assertEquals(1000.0 * (210 - 1 - 20) + 95, margin, 0.01);
    }

    @Test
    void theTextOutputNamesTheSegmentsInFrench() {
        CommandRun run = CommandRun.of("segments", "--project", project.toString(), "--today", TODAY.toString(), "--lang", "fr");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Perdus") && run.out().contains("En sommeil"), run.out());
    }

    @Test
    void aProjectWithoutOrdersIsOneSentence() throws Exception {
        Path empty = dir.resolve("empty");
        assertEquals(0, CommandRun.of("init", "--project", empty.toString()).exitCode());
        CommandRun run = CommandRun.of("segments", "--project", empty.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("import orders"), run.err());
        assertFalse(run.errShowsInternals(), run.err());
    }
}
