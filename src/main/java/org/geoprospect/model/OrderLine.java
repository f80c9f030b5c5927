package org.geoprospect.model;

import java.util.Objects;

/**
 * One line of an order as stored: the order and what tells its lines apart, so that re-importing the same
 * export of the accounting system updates each line instead of adding it again.
 *
 * @param order   the line's order data (its key, client, date, amount, margin, product, channel)
 * @param lineKey the line's key within its order: the file's line number when it has one, otherwise the
 *                product, otherwise "" (one line per order)
 */
public record OrderLine(Order order, String lineKey) {
    public OrderLine {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(lineKey, "lineKey");
    }
}
