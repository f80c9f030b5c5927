package org.geoprospect.analysis.rfm;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A client's recency, frequency and monetary value over the period, their quintile scores (1 = the
 * weakest fifth, 5 = the strongest) and the segment they name.
 *
 * @param clientCode   the client
 * @param lastOrder    the last order's date within the period
 * @param orders       distinct orders within the period
 * @param monetary     margin (or revenue, as chosen) within the period, in euros
 * @param r            recency score: 5 for the most recent fifth
 * @param f            frequency score: 5 for the fifth ordering most often
 * @param m            monetary score: 5 for the fifth bringing the most
 * @param segment      the segment the scores name
 * @param lifetimeValue the simple lifetime-value estimate, in euros (see {@link RfmOptions})
 */
public record RfmScores(String clientCode, LocalDate lastOrder, int orders, double monetary, int r, int f, int m,
                        RfmSegment segment, double lifetimeValue) {
    public RfmScores {
        Objects.requireNonNull(clientCode, "clientCode");
        Objects.requireNonNull(segment, "segment");
    }
}
