package org.geoprospect.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoprospect.io.csv.CsvImportOptions;
import org.geoprospect.io.csv.OrderCsvReader;
import org.geoprospect.io.csv.OrderCsvWriter;
import org.geoprospect.model.Client;
import org.geoprospect.model.OrderLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's order history adds up, client by client, to the typed totals of clients.csv. */
class OrderHistoryTest {
    private static final SampleGenerator DEMO = new SampleGenerator(0, SampleGenerator.DEFAULT_SEED);

    @TempDir
    Path dir;

    @Test
    void aSplitAddsUpToTheCentAndGivesTheLeftOverCentsToTheFirstParts() {
        // 100 cents in three equal shares: floor 33 each, the one cent left goes to the first part
        assertArrayEquals(new long[] {34, 33, 33}, OrderHistory.split(100, new double[] {1, 1, 1}));
        // 1,000 cents by weights 1:3: exactly 250 and 750
        assertArrayEquals(new long[] {250, 750}, OrderHistory.split(1_000, new double[] {1, 3}));
        // a negative total (a credit note) is split the same way, to the cent
        long[] credit = OrderHistory.split(-101, new double[] {1, 1});
        assertEquals(-101, credit[0] + credit[1]);
    }

    @Test
    void everyClientsLinesAddUpToItsTypedFigures() {
        Map<String, List<OrderLine>> byClient = new HashMap<>();
        for (OrderLine line : DEMO.orders()) {
            byClient.computeIfAbsent(line.order().clientCode(), c -> new ArrayList<>()).add(line);
        }
        int withInvoices = 0;
        for (Client client : DEMO.clients()) {
            List<OrderLine> lines = byClient.getOrDefault(client.code(), List.of());
            if (client.invoiceCount() == 0) {
                assertEquals(List.of(), lines, client.code() + " has no invoices, so no orders");
                continue;
            }
            withInvoices++;
            long revenue = 0;
            long margin = 0;
            Set<String> orders = new HashSet<>();
            LocalDate first = LocalDate.MAX;
            LocalDate last = LocalDate.MIN;
            for (OrderLine line : lines) {
                revenue += Math.round(line.order().amount() * 100);
                margin += Math.round(line.order().grossMargin() * 100);
                orders.add(line.order().orderKey());
                first = line.order().date().isBefore(first) ? line.order().date() : first;
                last = line.order().date().isAfter(last) ? line.order().date() : last;
                assertTrue(OrderHistory.FAMILIES.contains(line.order().product()), line.order().product());
                assertTrue(line.order().grossMargin() <= line.order().amount(), "a line's margin within its amount");
            }
            assertEquals(Math.round(client.revenue() * 100), revenue, client.code() + " revenue");
            assertEquals(Math.round(client.grossMargin() * 100), margin, client.code() + " margin");
            assertEquals(client.invoiceCount(), orders.size(), client.code() + " invoices");
            assertEquals(client.lastOrderDate(), last, client.code() + " last order");
            LocalDate expectedFirst = client.invoiceCount() == 1 ? client.lastOrderDate() : client.firstOrderDate();
            assertEquals(expectedFirst, first, client.code() + " first order");
        }
        assertEquals(130, withInvoices, "116 clients and 14 former clients have invoices");
    }

    @Test
    void invoiceNumbersRunInDateOrderAcrossTheCompany() {
        List<OrderLine> lines = DEMO.orders();
        for (int i = 1; i < lines.size(); i++) {
            OrderLine previous = lines.get(i - 1);
            OrderLine line = lines.get(i);
            assertTrue(previous.order().orderKey().compareTo(line.order().orderKey()) <= 0, "keys ascending at " + i);
            assertTrue(!line.order().date().isBefore(previous.order().date()), "dates ascending at " + i);
        }
    }

    @Test
    void theCommittedOrdersFileIsTheGeneratorsOutputAndReadsBackUnchanged() throws IOException {
        StringWriter expected = new StringWriter();
        OrderCsvWriter.write(expected, DEMO.orders());
        Path committed = Path.of("sample-data/orders.csv");
        assertEquals(expected.toString(), Files.readString(committed, StandardCharsets.UTF_8),
                "sample-data/orders.csv is what 'generate-sample' writes with seed 49");
        List<OrderLine> read = new ArrayList<>();
        try (OrderCsvReader reader = OrderCsvReader.open(committed, CsvImportOptions.into(2154).strictly())) {
            for (OrderLine line = reader.next(); line != null; line = reader.next()) {
                read.add(line);
            }
        }
        // the reader keys a numbered line "#n", apart from a line keyed by its product
        assertEquals(DEMO.orders().stream().map(l -> new OrderLine(l.order(), "#" + l.lineKey())).toList(), read);
    }
}
