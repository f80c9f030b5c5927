package org.geoprospect.analysis.rfm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.geoprospect.model.Order;
import org.junit.jupiter.api.Test;

/**
 * RFM on 20 clients whose scores are worked out by hand. Client Cnn (nn = 01…20) has nn orders, its last
 * order nn days before the end of the period... except where the comments say otherwise; margins make M's
 * order differ from F's.
 */
class RfmScorerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 31);
    private static final RfmOptions OPTIONS = new RfmOptions(TODAY, 24, false, 3);

    /**
     * Frequency: nn orders, except C05 with 4 (a tie with C04 across the first boundary) and C20 with 19
     * (a tie with C19). Recency: the last order (21 − nn) × 10 days ago, so C20 is the most recent.
     * Margin: 1,000 € per order, except C20: 19 orders of 5 € (many small orders, little margin).
     */
    private static List<ClientActivity> twentyClients() {
        List<ClientActivity> clients = new ArrayList<>();
        for (int nn = 1; nn <= 20; nn++) {
            int orders = nn == 5 ? 4 : nn == 20 ? 19 : nn;
            double margin = nn == 20 ? 19 * 5.0 : orders * 1000.0;
            LocalDate last = TODAY.minusDays((21 - nn) * 10L);
            clients.add(new ClientActivity(String.format("C%02d", nn), last.minusDays(300), last, orders, margin * 3, margin));
        }
        return clients;
    }

    @Test
    void quintilesByHandWithTiesTakingTheScoreOfTheFirstOfThem() {
        Map<String, RfmScores> s = RfmScorer.score(twentyClients(), OPTIONS).stream()
                .collect(Collectors.toMap(RfmScores::clientCode, Function.identity()));
        // F sorted: C01(1) C02(2) C03(3) C04(4) C05(4) C06(6) … C18(18) C19(19) C20(19); n = 20, score = 1 + ⌊5p/20⌋.
        // C04 at p = 3 → 1; C05 ties with it, so p = 3 too → 1 (not 2); C06 at p = 5 → 2; C08 p = 7 → 2; C09 p = 8 → 3;
        // C16 p = 15 → 4; C17 p = 16 → 5; C19 and C20 tie at p = 18 → 5.
        assertEquals(List.of(1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5),
                s.values().stream().sorted(java.util.Comparator.comparing(RfmScores::clientCode)).map(RfmScores::f).toList());
        // R: the last order of Cnn is (21 − nn) × 10 days ago, all different: Cnn at p = nn − 1.
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5),
                s.values().stream().sorted(java.util.Comparator.comparing(RfmScores::clientCode)).map(RfmScores::r).toList());
        // M sorted: C20 (95 €) first, then C01 1,000 … with C04 and C05 tied at 4,000 € (p = 4 → 2 both),
        // C19 19,000 € last (p = 19 → 5): C20 scores 1 for all its orders.
        assertEquals(1, s.get("C20").m(), "many small orders, little margin: low M");
        assertEquals(1, s.get("C01").m());
        assertEquals(1, s.get("C03").m());
        assertEquals(2, s.get("C04").m());
        assertEquals(2, s.get("C05").m());
        assertEquals(2, s.get("C06").m());
        assertEquals(3, s.get("C08").m());
        assertEquals(5, s.get("C16").m());
        assertEquals(5, s.get("C19").m());
        // Segments from the scores (RfmSegment's table).
        assertEquals(RfmSegment.CHAMPIONS, s.get("C19").segment(), "R 5 F 5 M 5");
        assertEquals(RfmSegment.LOYAL, s.get("C20").segment(), "R 5 F 5 M 1: frequent and recent, not profitable");
        assertEquals(RfmSegment.LOST, s.get("C01").segment(), "R 1 F 1");
        assertEquals(RfmSegment.HIBERNATING, s.get("C05").segment(), "R 2 F 1");
        assertEquals(RfmSegment.NEEDS_ATTENTION, s.get("C09").segment(), "R 3 F 3");
        // C13: R at p = 12 → 4, F at p = 12 → 4, M at p = 13 (C20 comes first) → 1 + ⌊65/20⌋ = 4.
        assertEquals(RfmSegment.CHAMPIONS, s.get("C13").segment(), "R 4 F 4 M 4");
        assertEquals(RfmSegment.NEEDS_ATTENTION, s.get("C12").segment(), "R 3 F 3");
    }

    @Test
    void lifetimeValueIsMarginPerOrderTimesOrdersPerYearTimesYears() {
        RfmScores c10 = RfmScorer.score(twentyClients(), OPTIONS).stream().filter(x -> x.clientCode().equals("C10"))
                .findFirst().orElseThrow();
        // 10 orders, 10,000 € in a period of 24 months (2025-01-01 … 2026-12-31: 730 days = 1.9986 years):
        // 1,000 € per order × 5.0034 orders a year × 3 years.
        double years = 730 / 365.25;
        assertEquals(1000 * (10 / years) * 3, c10.lifetimeValue(), 1e-6);
    }

    @Test
    void everyScoreCombinationFallsInOneSegment() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    RfmSegment.of(r, f, m);
                }
            }
        }
        assertEquals(RfmSegment.NEW, RfmSegment.of(5, 1, 1));
        assertEquals(RfmSegment.CANNOT_LOSE, RfmSegment.of(2, 5, 5));
        assertEquals(RfmSegment.AT_RISK, RfmSegment.of(1, 4, 2));
        assertEquals(RfmSegment.POTENTIAL_LOYALIST, RfmSegment.of(4, 3, 1));
        assertEquals(RfmSegment.PROMISING, RfmSegment.of(4, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> RfmSegment.of(0, 3, 3));
    }

    @Test
    void orderLinesAreSummedPerClientWithinThePeriodCountingEachOrderOnce() {
        List<Order> lines = List.of(
                new Order("F1", "A", LocalDate.of(2026, 3, 1), 100, 30, "tent", null),
                new Order("F1", "A", LocalDate.of(2026, 3, 1), 50, 10, "stove", null),   // second line of F1
                new Order("F2", "A", LocalDate.of(2026, 6, 1), 200, 60, "tent", null),
                new Order("F3", "A", LocalDate.of(2020, 1, 1), 999, 999, "old", null),   // before the period
                new Order("F4", "B", LocalDate.of(2026, 7, 1), -20, -5, "refund", null));
        List<ClientActivity> activities = ClientActivities.of(lines, OPTIONS.periodStart(), TODAY);
        assertEquals(2, activities.size());
        ClientActivity a = activities.get(0);
        assertEquals(new ClientActivity("A", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), 2, 350, 100), a);
        assertEquals(new ClientActivity("B", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), 1, -20, -5), activities.get(1));
    }
}
