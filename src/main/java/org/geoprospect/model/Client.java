package org.geoprospect.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A contact of the company's customer file (client, former client, prospect, supplier...).
 *
 * @param code           the record's key in the customer file
 * @param sector         sector of activity (e.g. "retail"), not the commercial sector
 * @param revenue        revenue in euros over the period of the file
 * @param grossMargin    gross margin in euros over the same period
 * @param invoiceCount   number of invoices
 * @param firstOrderDate start of the relationship, may be null
 * @param lastOrderDate  last order, may be null
 */
public record Client(String code, String name, ContactCategory category, String sector,
                     double lon, double lat, double x, double y,
                     double revenue, double grossMargin, int invoiceCount,
                     LocalDate firstOrderDate, LocalDate lastOrderDate,
                     int paymentIncidents, boolean difficult, boolean motivated) {
    public Client {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
    }
}
