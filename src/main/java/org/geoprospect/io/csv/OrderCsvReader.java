package org.geoprospect.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.geoprospect.model.Order;
import org.geoprospect.model.OrderLine;

/**
 * Streams an orders file (an accounting export: {@link CanonicalColumns#ORDERS} or its French and English
 * aliases: numero_commande, code_client, date_commande, montant, marge_brute, famille, agence…) as
 * {@link OrderLine}s, with the customer files' detection (separator, encoding, decimal comma such as
 * {@code 1 234,50}, ISO and French dates, a {@link CsvMapping}). Order key, client code, date, amount and
 * margin are required; a line's key within its order is the file's line number, else its product, else
 * "" (one row per order). Bad rows are collected in the report (or fail the read when strict). Rows are read
 * one at a time, so memory stays bounded for millions of lines. Not thread-safe.
 */
public final class OrderCsvReader implements Closeable {
    private final CsvSource source;
    private final int orderKey;
    private final int line;
    private final int clientCode;
    private final int date;
    private final int amount;
    private final int margin;
    private final int product;
    private final int channel;

    private OrderCsvReader(CsvSource source) {
        this.source = source;
        ColumnMap c = source.columns();
        orderKey = c.position("order_key");
        line = c.position("line");
        clientCode = c.position("client_code");
        date = c.position("date");
        amount = c.position("amount");
        margin = c.position("gross_margin");
        product = c.position("product");
        channel = c.position("channel");
    }

    /**
     * Opens a file and reads its header.
     *
     * @throws CsvFormatException when the file is missing, not text, empty or lacks a required column
     */
    public static OrderCsvReader open(Path file, CsvImportOptions options) throws IOException {
        return new OrderCsvReader(CsvSource.open(file, FileSchema.ORDERS, options));
    }

    /** Reads the next accepted line, or null at the end; rejected rows go to the {@link #report()}. */
    public OrderLine next() throws IOException {
        CsvRow row;
        while ((row = source.next()) != null) {
            try {
                OrderLine parsed = parse(row);
                source.accept(null);
                return parsed;
            } catch (CsvFormatException e) {
                source.reject(e);
            }
        }
        return null;
    }

    private OrderLine parse(CsvRow row) {
        String key = row.requiredText(orderKey);
        String client = row.requiredText(clientCode);
        if (row.cell(date).isEmpty()) {
            throw row.fail("the " + row.columnName(date) + " cell is empty; every order needs its date");
        }
        Order order = new Order(key, client, row.date(date), row.decimal(amount), row.decimal(margin),
                row.text(product), row.text(channel));
        String lineKey = line >= 0 && !row.cell(line).isEmpty() ? "#" + row.cell(line)
                : order.product() != null ? order.product() : "";
        return new OrderLine(order, lineKey);
    }

    /** The report of the rows read so far; complete once {@link #next()} has returned null. */
    public CsvImportReport report() {
        return source.report();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
