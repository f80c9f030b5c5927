package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Client;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.OrderRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An accounting export of orders through the import service into a real project: French decimals and dates,
 * a rejected row, re-import unchanged, totals from the orders for clients that have some and typed totals kept
 * for the others, all-or-nothing on cancel.
 */
class OrderImportTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String CLIENTS = String.join("\n",
            "code;nom;lon;lat;ca;marge;nb_factures;date_derniere_commande",
            "C1;Alpha;-0.55;47.47;9000;900;9;01/01/2025",
            "C2;Bêta;-0.56;47.48;8000;800;8;01/01/2025",
            "C3;Gamma;-0.57;47.49;7000;700;7;01/01/2025",
            "");
    /** French Excel: ';', Windows-1252, "1 234,50", dd/MM/yyyy mixed with ISO; the last row's date does not exist. */
    private static final String ORDERS = String.join("\r\n",
            "Numéro commande;Ligne;Code client;Date commande;Montant;Marge brute;Famille;Agence",
            "F1;1;C1;15/03/2026;1 234,50;300,25;Outillage;Lyon",
            "F1;2;C1;15/03/2026;100,00;20,00;Peinture;Lyon",
            "F2;1;C1;2026-05-02;50;10;Outillage;Web",
            "F3;1;C2;01/04/2026;200,5;40;Peinture;Lyon",
            "F4;1;C2;31/02/2026;10;1;Peinture;Lyon",
            "");

    @TempDir
    Path dir;
    private Path project;
    private Path orders;
    private final ImportService imports = new ImportService();

    @BeforeEach
    void createProjectWithClients() throws Exception {
        project = dir.resolve("p");
        new ProjectService().create(project, false, ProgressMonitor.NONE);
        Path clients = Files.write(dir.resolve("clients.csv"), CLIENTS.getBytes(WINDOWS_1252));
        imports.importCustomers(project, CustomerFileKind.CLIENTS, clients, null, null, ProgressMonitor.NONE);
        orders = Files.write(dir.resolve("commandes.csv"), ORDERS.getBytes(WINDOWS_1252));
    }

    @Test
    void frenchDecimalsAndDatesAreReadAndTheBadRowRejected() throws Exception {
        CsvImportSummary summary = imports.importOrders(project, orders, null, ProgressMonitor.NONE);
        assertEquals(5, summary.read());
        assertEquals(4, summary.imported());
        assertEquals(1, summary.rejected());
        assertNotNull(summary.rejectsFile());
        String rejects = Files.readString(Path.of(summary.rejectsFile()), WINDOWS_1252);
        assertTrue(rejects.contains("F4") && rejects.contains("31/02/2026"), rejects);
    }

    @Test
    void clientsWithOrdersTakeTheirTotalsFromThemAndTheOthersKeepTheTypedOnes() throws Exception {
        imports.importOrders(project, orders, null, ProgressMonitor.NONE);
        Map<String, Client> clients = clients();
        Client c1 = clients.get("C1");
        assertEquals(1384.50, c1.revenue(), 1e-9);
        assertEquals(330.25, c1.grossMargin(), 1e-9);
        assertEquals(2, c1.invoiceCount(), "F1 (two lines) and F2");
        assertEquals(LocalDate.of(2026, 3, 15), c1.firstOrderDate());
        assertEquals(LocalDate.of(2026, 5, 2), c1.lastOrderDate());
        Client c2 = clients.get("C2");
        assertEquals(200.5, c2.revenue(), 1e-9, "the rejected F4 is not counted");
        assertEquals(1, c2.invoiceCount());
        Client c3 = clients.get("C3");
        assertEquals(7000, c3.revenue(), 1e-9);
        assertEquals(7, c3.invoiceCount());
        assertEquals(LocalDate.of(2025, 1, 1), c3.lastOrderDate());
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            ClientRepository repository = new ClientRepository(db);
            assertEquals("orders", repository.totalsSource("C1"));
            assertEquals("typed", repository.totalsSource("C3"));
        }
    }

    @Test
    void importingTheSameExportTwiceChangesNothing() throws Exception {
        imports.importOrders(project, orders, null, ProgressMonitor.NONE);
        List<Client> first = List.copyOf(clients().values());
        long lines = lineCount();
        CsvImportSummary again = imports.importOrders(project, orders, null, ProgressMonitor.NONE);
        assertEquals(0, again.imported());
        assertEquals(4, again.updated());
        assertEquals(lines, lineCount());
        assertEquals(first, List.copyOf(clients().values()));
    }

    @Test
    void reimportingTheCustomerFileKeepsTheTotalsFromTheOrders() throws Exception {
        imports.importOrders(project, orders, null, ProgressMonitor.NONE);
        Path clients = Files.write(dir.resolve("clients2.csv"), CLIENTS.getBytes(WINDOWS_1252));
        imports.importCustomers(project, CustomerFileKind.CLIENTS, clients, null, null, ProgressMonitor.NONE);
        assertEquals(1384.50, clients().get("C1").revenue(), 1e-9);
        assertEquals(7000, clients().get("C3").revenue(), 1e-9);
    }

    @Test
    void aCancelledImportLeavesTheProjectAsItWas() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> imports.importOrders(project, orders, null, cancelled));
        assertEquals(0, lineCount());
        assertEquals(9000, clients().get("C1").revenue(), 1e-9);
    }

    private Map<String, Client> clients() {
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            return new ClientRepository(db).findAll().stream()
                    .collect(Collectors.toMap(Client::code, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
        }
    }

    private long lineCount() {
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            return new OrderRepository(db).count();
        }
    }
}
