package org.geoprospect.analysis.rfm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How RFM is computed: the period looked at, what "monetary" counts, and the lifetime-value estimate's
 * horizon.
 *
 * @param today         the day recency is counted from; orders after it are ignored
 * @param periodMonths  how many months back the period starts (orders before it are ignored), at least 1
 * @param byRevenue     whether "monetary" is revenue; false (the default): gross margin, as the customer's
 *                      method ranks clients by profit, not by invoices
 * @param expectedYears how many more years a client is expected to stay, for the lifetime value
 */
public record RfmOptions(LocalDate today, int periodMonths, boolean byRevenue, double expectedYears) {
    /** The period by default: two years. */
    public static final int DEFAULT_PERIOD_MONTHS = 24;
    /** The lifetime value's horizon by default. */
    public static final double DEFAULT_EXPECTED_YEARS = 3;

    public RfmOptions {
        Objects.requireNonNull(today, "today");
        if (periodMonths < 1) {
            throw new IllegalArgumentException("The RFM period is at least one month, not " + periodMonths + ".");
        }
        if (!(expectedYears >= 0)) {
            throw new IllegalArgumentException("The expected years of a client are 0 or more, not " + expectedYears + ".");
        }
    }

    /** Margin over two years, a three-year horizon. */
    public static RfmOptions defaults(LocalDate today) {
        return new RfmOptions(today, DEFAULT_PERIOD_MONTHS, false, DEFAULT_EXPECTED_YEARS);
    }

    /** The first day of the period. */
    public LocalDate periodStart() {
        return today.minusMonths(periodMonths).plusDays(1);
    }
}
