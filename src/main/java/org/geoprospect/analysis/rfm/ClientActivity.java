package org.geoprospect.analysis.rfm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a client bought within the RFM period: what the scores are computed from (read by SQL from the
 * orders, or summed in memory by {@link ClientActivities}).
 *
 * @param clientCode the client
 * @param firstOrder its first order's date within the period
 * @param lastOrder  its last order's date within the period
 * @param orders     distinct orders (several lines of one order count once)
 * @param revenue    revenue of those orders, in euros
 * @param margin     their gross margin, in euros
 */
public record ClientActivity(String clientCode, LocalDate firstOrder, LocalDate lastOrder, int orders, double revenue,
                             double margin) {
    public ClientActivity {
        Objects.requireNonNull(clientCode, "clientCode");
        Objects.requireNonNull(firstOrder, "firstOrder");
        Objects.requireNonNull(lastOrder, "lastOrder");
        if (orders < 1) {
            throw new IllegalArgumentException("A client's activity has at least one order, not " + orders + ".");
        }
    }
}
