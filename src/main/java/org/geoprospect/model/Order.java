package org.geoprospect.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One order, or one line of an order, of a client, as the accounting system exports it.
 *
 * @param orderKey    the order's identifier (several lines of one order share it)
 * @param clientCode  the client's code in the customer file
 * @param date        the order's date
 * @param amount      revenue, in euros (a credit note is negative)
 * @param grossMargin gross margin, in euros
 * @param product     product or product family, may be null
 * @param channel     sales channel or branch, may be null
 */
public record Order(String orderKey, String clientCode, LocalDate date, double amount, double grossMargin, String product,
                    String channel) {
    public Order {
        Objects.requireNonNull(orderKey, "orderKey");
        Objects.requireNonNull(clientCode, "clientCode");
        Objects.requireNonNull(date, "date");
    }
}
