package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoprospect.analysis.campaign.Attribution;
import org.geoprospect.analysis.campaign.Chain;
import org.geoprospect.analysis.campaign.ChainReport;
import org.geoprospect.analysis.campaign.ChainStatus;
import org.geoprospect.analysis.campaign.EntryRule;
import org.geoprospect.analysis.campaign.PressureCaps;
import org.geoprospect.analysis.campaign.Step;
import org.geoprospect.analysis.campaign.StepAudience;
import org.geoprospect.analysis.campaign.StepFigures;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ChainRepository;
import org.geoprospect.store.ContactHistoryRepository;
import org.geoprospect.store.HouseholdEntry;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 11: a chain of three steps on 100 households with a 10 % control group, unit costs,
 * the results' events and orders, and every figure of the report worked out by hand (comments below).
 * C1, C2, C3 are the people contacted in steps 1, 2, 3 and H1, H2, H3 their control groups, each sorted by
 * code (who falls where is the seeded draw's business; the figures depend only on the counts).
 */
class ChainThreeStepsTest {
    private static final Instant DAY0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final double EPS = 1e-9;

    @TempDir
    Path temp;

    /** The one test double allowed: a clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now = DAY0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void threeStepsWithControlGroupsGiveTheHandWorkedReport() throws Exception {
        Path project = temp.resolve("p");
        try (ProjectDatabase db = ProjectDatabase.create(project, Srids.LAMBERT_93, "Chains")) {
            List<HouseholdEntry> entries = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                entries.add(entry(String.format("H%03d", i)));
            }
            new HouseholdRepository(db).upsertAll(entries.iterator(), ProgressMonitor.NONE);
        }
        MovableClock clock = new MovableClock();
        TargetService targets = new TargetService(clock, ObjectionSource.register(clock), ContactHistory.NONE);
        targets.save(project, "Everyone", TargetDefinition.of(List.of(), Criteria.NONE, null), ProgressMonitor.NONE);
        ChainService service = new ChainService(clock, new ExportService(clock, "analyst", "test"), targets);
        Chain chain = new Chain("Spring", new EntryRule.SavedTarget("Everyone"), List.of(
                new Step("mail", Channel.EMAIL, "Spring offer", 0.50, 100, 0, new StepAudience.Entry(), 10, 42),
                new Step("call", Channel.PHONE, "Follow-up call", 4.00, 0, 7, new StepAudience.NoAnswer("mail", 7), 10, 7),
                new Step("news", Channel.EMAIL, "Newsletter", 0.10, 50, 7, new StepAudience.Answered("mail"), 10, 3)),
                PressureCaps.NONE, ChainStatus.ACTIVE, true);
        service.create(project, chain);

        // Step 1 on day 0: 100 enter; round(10 % of 100) = 10 held out, 90 contacted.
        ChainService.PreparedStep mail = service.prepare(project, "Spring", "mail", temp.resolve("mail.csv"), ProgressMonitor.NONE);
        assertEquals(100, mail.audience());
        assertEquals(90, mail.contacted());
        assertEquals(10, mail.heldOut());
        assertEquals(91, Files.readAllLines(mail.file()).size(), "header + 90 rows");
        assertTrue(Files.readString(mail.sidecar()).contains("\"step\" : \"mail\""), "the sidecar names the step");
        List<String> c1 = sorted(sent(project, "mail"));
        List<String> h1 = sorted(heldOut(project, "mail"));
        assertEquals(90, c1.size());
        assertEquals(10, h1.size());
        Set<String> overlap = new HashSet<>(c1);
        overlap.retainAll(h1);
        assertTrue(overlap.isEmpty(), "held-out people are not contacted");

        // Results of step 1: C1[0..19] answer on day 2, C1[0..4] of them order on day 3 (200 €, margin 80);
        // C1[20..22] unsubscribe and C1[23] refuses on day 1; the other 66 say nothing.
        // Control: H1[0] and H1[1] answer on day 2, H1[0] orders on day 4 (150 €, margin 60).
        List<ContactEvent> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(event(c1.get(i), 2, ContactOutcome.ANSWERED));
        }
        for (int i = 0; i < 5; i++) {
            results.add(order(c1.get(i), 3, 200, 80));
        }
        for (int i = 20; i < 23; i++) {
            results.add(event(c1.get(i), 1, ContactOutcome.UNSUBSCRIBED));
        }
        results.add(event(c1.get(23), 1, ContactOutcome.REFUSED));
        results.add(event(h1.get(0), 2, ContactOutcome.ANSWERED));
        results.add(event(h1.get(1), 2, ContactOutcome.ANSWERED));
        results.add(order(h1.get(0), 4, 150, 60));
        append(project, results);

        // Day 6: the 7 days of "no answer" have not elapsed for anyone: the 66 silent are not yet due.
        clock.now = DAY0.plusSeconds(6 * 86_400L);
        ChainService.PreparedStep early = service.prepare(project, "Spring", "call", temp.resolve("early.csv"),
                ProgressMonitor.NONE);
        assertEquals(0, early.contacted());
        assertEquals(66L, early.excluded().get("notYet"));

        // Step 2 on day 8: no answer after 7 days = 90 - 20 answered - 3 unsubscribed - 1 refused = 66;
        // round(6.6) = 7 held out, 59 called.
        clock.now = DAY0.plusSeconds(8 * 86_400L);
        ChainService.PreparedStep call = service.prepare(project, "Spring", "call", temp.resolve("call.csv"),
                ProgressMonitor.NONE);
        assertEquals(66, call.audience());
        assertEquals(59, call.contacted());
        assertEquals(7, call.heldOut());
        List<String> c2 = sorted(sent(project, "call"));
        List<String> h2 = sorted(heldOut(project, "call"));
        Set<String> silent = new HashSet<>(c1.subList(24, 90));
        assertTrue(silent.containsAll(c2) && silent.containsAll(h2), "step 2 takes exactly the silent ones");

        // Step 3 on day 8: answered step 1 = C1[0..19] = 20, minus the 5 who ordered (they leave the chain) = 15;
        // round(1.5) = 2 held out, 13 contacted.
        ChainService.PreparedStep news = service.prepare(project, "Spring", "news", temp.resolve("news.csv"),
                ProgressMonitor.NONE);
        assertEquals(15, news.audience() - news.excluded().get("ordered").intValue());
        assertEquals(5L, news.excluded().get("ordered"));
        assertEquals(13, news.contacted());
        assertEquals(2, news.heldOut());
        List<String> c3 = sorted(sent(project, "news"));
        assertTrue(new HashSet<>(c1.subList(5, 20)).containsAll(c3));

        // Results of steps 2 and 3: C2[0..9] answer on day 9, C2[0..3] order on day 10 (500 €, margin 200),
        // C2[10] refuses on day 9; H2[0] (held out of the call, e-mailed on day 0) orders on day 12 (500 €,
        // margin 200): its last chain contact is the e-mail, 12 days before, so the e-mail gets it.
        // C3[0..2] answer on day 9, C3[0] orders on day 11 (100 €, margin 40): last contact = the newsletter.
        results.clear();
        for (int i = 0; i < 10; i++) {
            results.add(event(c2.get(i), 9, ContactOutcome.ANSWERED));
        }
        for (int i = 0; i < 4; i++) {
            results.add(order(c2.get(i), 10, 500, 200));
        }
        results.add(event(c2.get(10), 9, ContactOutcome.REFUSED));
        results.add(order(h2.get(0), 12, 500, 200));
        for (int i = 0; i < 3; i++) {
            results.add(event(c3.get(i), 9, ContactOutcome.ANSWERED));
        }
        results.add(order(c3.get(0), 11, 100, 40));
        append(project, results);

        clock.now = DAY0.plusSeconds(40 * 86_400L);
        ChainReport report = service.report(project, "Spring", Attribution.DEFAULT);
        StepFigures m = report.steps().get(0);
        StepFigures k = report.steps().get(1);
        StepFigures n = report.steps().get(2);

        // mail: 90 contacts, cost 0.50 × 90 + 100 = 145. Responses credited to it: C1[0..19] (20) + H2[0]'s
        // order (1) = 21 (C2's and C3's answers on day 9 go to their later contacts). Orders: 5 × (200, 80) +
        // H2[0] (500, 200) = 6 orders, revenue 1,500, margin 600. Control H1: 2 of 10 responded (0.2), 1 of 10
        // ordered (0.1), margin 60 → 6 per person → 540 for 90 contacts. Incremental 600 - 540 = 60.
        // ROI (600 - 145) / 145; uplift ROI (60 - 145) / 145.
        assertFigures(m, 90, 10, 145, 21, 6, 1500, 600);
        assertEquals(21 / 90.0, m.responseRate(), EPS);
        assertEquals(0.2, m.controlResponseRate(), EPS);
        assertEquals(21 / 90.0 - 0.2, m.uplift(), EPS);
        assertEquals(6 / 90.0 - 0.1, m.orderUplift(), EPS);
        assertEquals(3 / 90.0, m.unsubscribeRate(), EPS);
        assertEquals(1 / 90.0, m.refusalRate(), EPS);
        assertEquals(540, m.controlMargin(), EPS);
        assertEquals(60, m.incrementalMargin(), EPS);
        assertEquals(455 / 145.0, m.roi(), EPS);
        assertEquals(-85 / 145.0, m.upliftRoi(), EPS);

        // call: 59 contacts, cost 4 × 59 = 236; 10 responses, 4 orders, revenue 2,000, margin 800; 1 refusal.
        // Control H2 (7): H2[0]'s order on day 12 is within 30 days of the run → 1/7 responded and ordered,
        // margin 200 → 200 / 7 × 59 = 11,800 / 7. Incremental 800 - 11,800/7 = -6,200/7.
        assertFigures(k, 59, 7, 236, 10, 4, 2000, 800);
        assertEquals(10 / 59.0 - 1 / 7.0, k.uplift(), EPS);
        assertEquals(4 / 59.0 - 1 / 7.0, k.orderUplift(), EPS);
        assertEquals(0.0, k.unsubscribeRate(), EPS);
        assertEquals(1 / 59.0, k.refusalRate(), EPS);
        assertEquals(11_800 / 7.0, k.controlMargin(), EPS);
        assertEquals(564 / 236.0, k.roi(), EPS);
        assertEquals((-6_200 / 7.0 - 236) / 236, k.upliftRoi(), EPS);

        // news: 13 contacts, cost 0.10 × 13 + 50 = 51.3; 3 responses, 1 order (100, margin 40). Control H3 (2):
        // they answered step 1 on day 2, before this run: nothing in the window → 0, control margin 0.
        assertFigures(n, 13, 2, 51.3, 3, 1, 100, 40);
        assertEquals(3 / 13.0, n.uplift(), EPS);
        assertEquals(0.0, n.controlMargin(), EPS);
        assertEquals((40 - 51.3) / 51.3, n.roi(), EPS);
        assertEquals((40 - 51.3) / 51.3, n.upliftRoi(), EPS);

        // Total: 162 contacts, 19 held out, cost 432.3, 34 responses, 11 orders, revenue 3,600, margin 1,440;
        // control margin 540 + 11,800/7 + 0; ROI (1,440 - 432.3) / 432.3.
        StepFigures t = report.total();
        assertNull(t.step());
        assertFigures(t, 162, 19, 432.3, 34, 11, 3600, 1440);
        assertEquals((1440 - 432.3) / 432.3, t.roi(), EPS);
        double controlMargin = 540 + 11_800 / 7.0;
        assertEquals(controlMargin, t.controlMargin(), EPS);
        assertEquals((1440 - controlMargin - 432.3) / 432.3, t.upliftRoi(), EPS);
        assertEquals(34 / 162.0 - 3 / 19.0, t.uplift(), EPS, "control responders 2 + 1 + 0 of 19");

        // The same report as JSON carries the attribution rule and the asked-for keys.
        Map<String, Object> json = ChainReportJson.toJsonMap(report);
        assertEquals(Map.of("rule", "last-contact", "windowDays", 30), json.get("attribution"));
        assertEquals(Set.of("step", "contacts", "cost", "responses", "orders", "revenue", "margin",
                        "controlResponseRate", "uplift", "unsubscribeRate", "roi").stream()
                        .filter(key -> !((List<Map<String, Object>>) json.get("steps")).get(0).containsKey(key)).toList(),
                List.of());
    }

    private static void assertFigures(StepFigures f, long contacts, long heldOut, double cost, long responses,
                                      long orders, double revenue, double margin) {
        assertEquals(contacts, f.contacts(), "contacts");
        assertEquals(heldOut, f.heldOut(), "held out");
        assertEquals(cost, f.cost(), EPS, "cost");
        assertEquals(responses, f.responses(), "responses");
        assertEquals(orders, f.orders(), "orders");
        assertEquals(revenue, f.revenue(), EPS, "revenue");
        assertEquals(margin, f.margin(), EPS, "margin");
    }

    private static ContactEvent event(String code, int day, ContactOutcome outcome) {
        return ContactEvent.of(ContactSubjectKind.HOUSEHOLD, code, Channel.EMAIL, at(day), outcome).from(null, "results.csv");
    }

    private static ContactEvent order(String code, int day, double amount, double margin) {
        return event(code, day, ContactOutcome.ORDER).withOrder(amount, margin);
    }

    private static OffsetDateTime at(int day) {
        return DAY0.plusSeconds(day * 86_400L + 3_600).atOffset(ZoneOffset.UTC);
    }

    private static void append(Path project, List<ContactEvent> events) {
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            new ContactHistoryRepository(db).appendAll(events);
        }
    }

    private static List<String> sent(Path project, String step) {
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            return new ContactHistoryRepository(db).forChain("Spring", step).stream()
                    .filter(e -> e.outcome() == ContactOutcome.SENT).map(ContactEvent::subjectCode).toList();
        }
    }

    private static List<String> heldOut(Path project, String step) {
        try (ProjectDatabase db = ProjectDatabase.open(project)) {
            return new ChainRepository(db).heldOut("Spring").stream().filter(h -> h.step().equals(step))
                    .map(ChainRepository.HeldOutRow::code).toList();
        }
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().sorted().toList();
    }

    private static HouseholdEntry entry(String code) {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(true, LocalDate.of(2025, 1, 1)));
        consents.put(Channel.PHONE, new Consent(true, LocalDate.of(2025, 1, 1)));
        Household h = new Household(code, -0.5, 47.4, 430_000, 6_710_000, "49007", List.of("picnic"), 2, "35-49", "B",
                consents, "shop", LocalDate.of(2025, 12, 1));
        return new HouseholdEntry(h, new HouseholdContact(code, "A", "B", "1 rue C", "49000", "Angers", "+33 6 12 34 56 78",
                code.toLowerCase() + "@example.org"));
    }
}
