package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvReaderTest {
    @TempDir
    Path dir;

    private List<ResultRow> rows = new ArrayList<>();

    private CsvImportReport read(Path file, Channel channel) throws Exception {
        return ResultsCsvReader.read(file, CsvImportOptions.into(2154), channel, ProgressMonitor.NONE, row -> {
            rows.add(row);
            return null;
        });
    }

    @Test
    void readsAFrenchCallCentreFileWithAccentsDecimalCommasAndTimes() throws Exception {
        Path file = dir.resolve("retours.csv");
        Files.writeString(file, "Code anonyme;Date appel;Heure;Résultat;Montant;Marge\n"
                + "H001;02/03/2026;14h30;Pas de réponse;;\n"
                + "H002;02/03/2026;15:05;RÉPONDU;;\n"
                + "H003;03/03/2026;10:00;Commande;1 234,50;300,25\n"
                + "H004;03/03/2026;11:00;ne plus appeler;;\n"
                + "H005;31/02/2026;11:00;refusé;;\n"
                + "H006;04/03/2026;11:00;peut-être;;\n", Charset.forName("windows-1252"));
        CsvImportReport report = read(file, Channel.PHONE);
        assertEquals(6, report.read());
        assertEquals(4, report.accepted());
        assertEquals(2, report.rejected());
        assertEquals(List.of(ContactOutcome.NO_ANSWER, ContactOutcome.ANSWERED, ContactOutcome.ORDER, ContactOutcome.REFUSED),
                rows.stream().map(ResultRow::outcome).toList());
        assertEquals(LocalDateTime.of(2026, 3, 2, 14, 30), rows.get(0).at());
        assertEquals(1234.5, rows.get(2).amount());
        assertEquals(300.25, rows.get(2).margin());
        assertTrue(rows.get(3).doNotContact());
        assertFalse(rows.get(1).doNotContact());
        assertTrue(rows.stream().allMatch(r -> r.channel() == Channel.PHONE));
        assertEquals(6, report.rejections().get(0).row());
        assertTrue(report.rejections().get(0).reason().contains("is not a date"), report.rejections().get(0).reason());
        assertEquals(7, report.rejections().get(1).row());
        assertTrue(report.rejections().get(1).reason().contains("\"peut-être\" is not an outcome"),
                report.rejections().get(1).reason());
    }

    @Test
    void readsAnEnglishEmailingExportWithChannelAndChainColumns() throws Exception {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "email,channel,date,status,campaign,step\n"
                + "Anne@Example.org,email,2026-03-02 09:15,Delivered,Spring,1\n"
                + "bob@example.org,e-mail,2026-03-02T09:16:00,clicked,Spring,1\n"
                + "carl@example.org,courriel,2026-03-02,Unsubscribed,Spring,1\n"
                + "dan@example.org,pigeon,2026-03-02,sent,Spring,1\n", StandardCharsets.UTF_8);
        CsvImportReport report = read(file, null);
        assertEquals(3, report.accepted());
        assertEquals("anne@example.org", rows.get(0).email());
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 15), rows.get(0).at());
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 16), rows.get(1).at());
        assertEquals(LocalDateTime.of(2026, 3, 2, 0, 0), rows.get(2).at());
        assertEquals(ContactOutcome.UNSUBSCRIBED, rows.get(2).outcome());
        assertTrue(rows.get(2).doNotContact());
        assertEquals("Spring", rows.get(0).chain());
        assertEquals("1", rows.get(0).step());
        assertTrue(report.rejections().get(0).reason().contains("\"pigeon\" is not a channel"));
    }

    @Test
    void everyOutcomeWordOfTheBriefIsUnderstood() {
        String[][] cases = {{"sent", "SENT"}, {"envoyé", "SENT"}, {"delivered", "DELIVERED"}, {"Délivré", "DELIVERED"},
                {"bounced", "BOUNCED"}, {"rejeté", "BOUNCED"}, {"NPAI", "BOUNCED"}, {"no answer", "NO_ANSWER"},
                {"pas de réponse", "NO_ANSWER"}, {"injoignable", "NO_ANSWER"}, {"non répondu", "NO_ANSWER"},
                {"answered", "ANSWERED"}, {"répondu", "ANSWERED"}, {"réponse", "ANSWERED"}, {"clicked", "ANSWERED"},
                {"cliqué", "ANSWERED"}, {"refused", "REFUSED"}, {"refus", "REFUSED"}, {"refusé", "REFUSED"},
                {"refused, do not call", "REFUSED"}, {"ne plus appeler", "REFUSED"}, {"STOP", "REFUSED"},
                {"order", "ORDER"}, {"commande", "ORDER"}, {"acheté", "ORDER"}, {"unsubscribed", "UNSUBSCRIBED"},
                {"désabonné", "UNSUBSCRIBED"}, {"désinscrit", "UNSUBSCRIBED"}, {"opt-out", "UNSUBSCRIBED"},
                {"request", "REQUEST"}, {"demande", "REQUEST"}};
        for (String[] c : cases) {
            assertEquals(ContactOutcome.valueOf(c[1]), ResultOutcomeWords.of(c[0]).outcome(), c[0]);
        }
        assertTrue(ResultOutcomeWords.of("refused, do not call").doNotContact());
        assertTrue(ResultOutcomeWords.of("Stop").doNotContact());
        assertFalse(ResultOutcomeWords.of("refusé").doNotContact());
        assertNull(ResultOutcomeWords.of("maybe"));
    }

    @Test
    void aFileWithoutChannelColumnNeedsADefaultChannel() throws Exception {
        Path file = dir.resolve("r.csv");
        Files.writeString(file, "code,date,outcome\nH1,2026-03-02,sent\n");
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(file, null));
        assertTrue(e.getMessage().contains("--channel"), e.getMessage());
    }
}
