package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.OrderRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orders are one of the kinds the app's customer-file import offers: the preview recognises an accounting export by
 * its headers (here a French one, semicolons and decimal commas), and importing it as that kind stores the lines and
 * recomputes the clients' totals from them, as {@code import orders} does.
 */
class OrdersImportKindTest {
    @TempDir
    Path dir;

    @Test
    void aFrenchOrdersExportIsRecognisedPreviewedAndImportedAsOrders() throws Exception {
        Path project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        Path clients = Files.writeString(dir.resolve("clients.csv"), "code,name,category,sector,lon,lat,revenue,gross_margin,"
                + "invoice_count,first_order_date,last_order_date\nC1,Ferme Test,client,agriculture,-0.55,47.47,999,99,9,,\n");
        ImportService imports = new ImportService();
        imports.importCustomers(project, CustomerFileKind.CLIENTS, clients, null, null, ProgressMonitor.NONE);
        Path orders = Files.writeString(dir.resolve("commandes.csv"), "numero_commande;code_client;date_commande;montant;marge_brute\n"
                + "F1;C1;03/02/2026;1 200,50;300,25\nF2;C1;15/03/2026;99,50;10,00\nF3;C9;15/03/2026;abc;1\n");

        CustomerPreview preview = new ImportPreviewService().previewCustomers(orders, null, ProgressMonitor.NONE);
        assertEquals(CustomerFileKind.ORDERS, preview.guessedKind(), "the headers are an orders file's");
        assertEquals(3, preview.totalRows());

        CsvImportSummary summary = imports.importCustomers(project, CustomerFileKind.ORDERS, orders, null, null,
                ProgressMonitor.NONE);
        assertEquals(1, summary.rejected(), "the row whose amount is not a number");
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            assertEquals(2, new OrderRepository(database).count());
            var client = new ClientRepository(database).findAll().get(0);
            assertEquals(1_300.00, client.revenue(), 1e-9, "1,200.50 + 99.50, the typed 999 replaced");
            assertEquals(310.25, client.grossMargin(), 1e-9);
            assertEquals(2, client.invoiceCount());
            assertEquals("orders", new ClientRepository(database).totalsSource("C1"));
        }
    }
}
