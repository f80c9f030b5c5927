package org.geoprospect.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;
import org.junit.jupiter.api.Test;

class ChainReportTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    private static ContactEvent sent(String code, String step, OffsetDateTime at) {
        return ContactEvent.of(ContactSubjectKind.HOUSEHOLD, code, Channel.EMAIL, at, ContactOutcome.SENT).inStep("C", step);
    }

    private static ContactEvent order(String code, OffsetDateTime at, double amount, double margin) {
        return ContactEvent.of(ContactSubjectKind.HOUSEHOLD, code, Channel.EMAIL, at, ContactOutcome.ORDER)
                .withOrder(amount, margin);
    }

    private static Chain chain(Step... steps) {
        return new Chain("C", new EntryRule.SavedTarget("T"), List.of(steps), PressureCaps.NONE, ChainStatus.ACTIVE, true);
    }

    /**
     * The example: cost 50,000, attributed 200,000, of which only 80,000 above what the control
     * group's rate predicts → ROI 300 %, uplift ROI 60 %. 100 contacted (fixed cost 50,000): 40 order
     * 5,000 of margin each = 200,000. 100 held out: 60 order 2,000 each = 120,000 → 1,200 per person → 120,000
     * predicted for 100 contacts; 200,000 − 120,000 = 80,000; (80,000 − 50,000) / 50,000 = 0.6.
     */
    @Test
    void upliftRoiTakesNoCreditForWhatTheControlGroupShowsWouldHaveComeAnyway() {
        Step step = new Step("s", Channel.EMAIL, "", 0, 50_000, 0, new StepAudience.Entry(), 50, 1);
        List<ContactEvent> events = new ArrayList<>();
        List<ChainHistory.HeldOut> held = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String c = "C" + i;
            events.add(sent(c, "s", T0));
            if (i < 40) {
                events.add(order(c, T0.plusDays(5), 5_000, 5_000));
            }
            String h = "H" + i;
            held.add(new ChainHistory.HeldOut("s", h, T0));
            if (i < 60) {
                events.add(order(h, T0.plusDays(5), 2_000, 2_000));
            }
        }
        ChainReport report = ChainReport.of(chain(step), new ChainHistory("C", events, held), Attribution.DEFAULT);
        StepFigures f = report.steps().get(0);
        assertEquals(50_000, f.cost(), 1e-9);
        assertEquals(200_000, f.revenue(), 1e-9);
        assertEquals(200_000, f.margin(), 1e-9);
        assertEquals(120_000, f.controlMargin(), 1e-9);
        assertEquals(80_000, f.incrementalMargin(), 1e-9);
        assertEquals(3.0, f.roi(), 1e-12);
        assertEquals(0.6, f.upliftRoi(), 1e-12);
        assertEquals(0.4 - 0.6, f.orderUplift(), 1e-12);
    }

    @Test
    void anOrderGoesToTheLastContactWithinTheWindowAndNoneAfterIt() {
        Step a = new Step("a", Channel.EMAIL, "", 1, 0, 0, new StepAudience.Entry(), 0, 1);
        Step b = new Step("b", Channel.PHONE, "", 2, 0, 7, new StepAudience.NoAnswer("a", 7), 0, 1);
        List<ContactEvent> events = List.of(
                sent("X", "a", T0), sent("X", "b", T0.plusDays(8)),
                order("X", T0.plusDays(5), 10, 4),    // before b: a's
                order("X", T0.plusDays(9), 20, 8),    // after b: b's (last contact wins)
                order("X", T0.plusDays(39), 40, 16),  // 31 days after b: nobody's
                sent("Y", "a", T0),
                order("Y", T0.plusDays(30), 50, 20),  // exactly 30 days: inclusive, a's
                order("Y", T0.minusDays(1), 70, 30)); // before any contact: nobody's
        ChainReport report = ChainReport.of(chain(a, b), new ChainHistory("C", events, List.of()), Attribution.DEFAULT);
        assertEquals(2, report.steps().get(0).orders());
        assertEquals(24, report.steps().get(0).margin(), 1e-9);
        assertEquals(1, report.steps().get(1).orders());
        assertEquals(8, report.steps().get(1).margin(), 1e-9);
        assertEquals(3, report.total().orders());
        assertNull(report.steps().get(0).controlResponseRate(), "no control group");
        assertNull(report.total().upliftRoi(), "no uplift figure without control groups");
        assertEquals((24 - 2.0) / 2.0, report.steps().get(0).roi(), 1e-12);
    }
}
