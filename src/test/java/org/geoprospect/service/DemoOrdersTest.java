package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geoprospect.demo.SampleGenerator;
import org.geoprospect.model.Client;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.OrderRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new demo project holds the order history, and its clients' totals, now computed from it, are the typed ones. */
class DemoOrdersTest {
    @TempDir
    Path dir;

    @Test
    void theDemosClientsTotalsComeFromTheirOrdersAndMatchTheTypedFile() throws Exception {
        Path project = dir.resolve("demo");
        new ProjectService().create(project, true, ProgressMonitor.NONE);
        SampleGenerator generator = new SampleGenerator(0, SampleGenerator.DEFAULT_SEED);
        Map<String, Client> typed = generator.clients().stream().collect(Collectors.toMap(Client::code, Function.identity()));
        try (ProjectDatabase database = ProjectDatabase.open(project)) {
            assertEquals(generator.orders().size(), new OrderRepository(database).count(), "every line of orders.csv");
            ClientRepository clients = new ClientRepository(database);
            List<Client> stored = clients.findAll();
            assertEquals(typed.size(), stored.size());
            int fromOrders = 0;
            for (Client client : stored) {
                Client file = typed.get(client.code());
                assertEquals(file.revenue(), client.revenue(), 0.005, client.code());
                assertEquals(file.grossMargin(), client.grossMargin(), 0.005, client.code());
                assertEquals(file.invoiceCount(), client.invoiceCount(), client.code());
                assertEquals(file.lastOrderDate(), client.lastOrderDate(), client.code());
                if (file.invoiceCount() > 0) {
                    assertEquals("orders", clients.totalsSource(client.code()), client.code());
                    fromOrders++;
                }
            }
            assertEquals(130, fromOrders, "the 116 clients and 14 former clients");
        }
    }
}
