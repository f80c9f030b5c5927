package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clients, competitors and objections files as accounting software and CRMs export them. */
class RealCustomerFilesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void frenchAccountingExportOfClients() throws IOException {
        Path file = write("clients.csv", String.join("\r\n",
                "N° client;Raison sociale;Catégorie;Secteur d'activité;Code postal;Ville;Chiffre d'affaires;Marge brute;"
                        + "Nb factures;Date dernière commande;Impayés;Client difficile;Motivé",
                "C1;Boulangerie Démo;client;Commerce;49300;Cholet;12\u00A0345,67 €;2 345,6;42;05/06/2026;non;oui;NON",
                "C2;Ferme Exemple;Ancien client;Agriculture;49000;Angers;1.234,5;100;3;2024-01-31;2;n;o",
                "C3;X;fournisseur;;49300;;abc;;;;;;",
                ""), Charset.forName("windows-1252"));
        CsvImportResult<ClientRow> result = ClientCsvReader.read(file, CsvImportOptions.into(Srids.WGS84));
        assertEquals(List.of(new Rejection(4, "the Chiffre d'affaires cell \"abc\" is not a number")), result.report().rejections());
        Client c1 = result.rows().get(0).client();
        assertEquals(ContactCategory.CLIENT, c1.category());
        assertEquals("Boulangerie Démo", c1.name());
        assertEquals(12345.67, c1.revenue());
        assertEquals(2345.6, c1.grossMargin());
        assertEquals(42, c1.invoiceCount());
        assertEquals(LocalDate.of(2026, 6, 5), c1.lastOrderDate());
        assertEquals(0, c1.paymentIncidents());
        assertTrue(c1.difficult());
        assertEquals(false, c1.motivated());
        assertEquals(-0.87953, c1.lon());
        assertEquals(PositionPrecision.COMMUNE, result.rows().get(0).precision());
        Client c2 = result.rows().get(1).client();
        assertEquals(ContactCategory.FORMER_CLIENT, c2.category());
        assertEquals(1234.5, c2.revenue());
        assertEquals(2, c2.paymentIncidents());
        assertTrue(c2.motivated());
        assertEquals(-0.54774, c2.lon());
    }

    @Test
    void competitorsWithoutAttractivenessGetOneAndANote() throws IOException {
        Path file = write("conc.csv", "Enseigne,Nom,Identifiant,Longitude,Latitude\nMéga,Méga Cholet,K1,-0.9,47.06\n",
                StandardCharsets.UTF_8);
        CsvImportResult<CompetitorRow> result = CompetitorCsvReader.read(file, CsvImportOptions.into(Srids.WGS84));
        assertEquals(1.0, result.rows().get(0).competitor().attractiveness());
        assertEquals("Méga", result.rows().get(0).competitor().brand());
        assertEquals("K1", result.rows().get(0).competitor().code());
        assertEquals(List.of("The file has no attractiveness column: every competitor has attractiveness 1."), result.report().notes());
    }

    @Test
    void objectionsByEmailPhoneOrCodeWithChannel() throws IOException {
        Path file = write("oppositions.csv", "Courriel;Téléphone;Code foyer;Date opposition;Canal\n"
                + "Zoe@Example.org;;;03/04/2026;courriel\n"
                + ";+33 6 12 34 56 78;;;\n"
                + ";;H9;2026-01-02;Tous\n"
                + ";;;;sms\n"
                + "x;;;;fax\n", StandardCharsets.UTF_8);
        CsvImportResult<ObjectionRow> result = ObjectionCsvReader.read(file, CsvImportOptions.into(Srids.WGS84));
        assertEquals(3, result.rows().size());
        ObjectionRow byEmail = result.rows().get(0);
        assertEquals("zoe@example.org", byEmail.email());
        assertEquals(Channel.EMAIL, byEmail.channel());
        assertEquals(LocalDate.of(2026, 4, 3), byEmail.date());
        assertEquals("0612345678", result.rows().get(1).phoneDigits());
        assertTrue(result.rows().get(1).allChannels());
        assertEquals("all", result.rows().get(2).channelCode());
        assertEquals("H9", result.rows().get(2).anonCode());
        assertNull(result.rows().get(2).email());
        assertEquals(List.of(new Rejection(5, "it names nobody; give an anonymous code, an email or a phone"),
                new Rejection(6, "the Courriel cell is not an email address")), result.report().rejections());
        assertTrue(result.report().placedBy().isEmpty());
    }
}
