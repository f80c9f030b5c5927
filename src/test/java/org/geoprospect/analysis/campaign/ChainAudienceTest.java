package org.geoprospect.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;
import org.junit.jupiter.api.Test;

class ChainAudienceTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final Step MAIL = new Step("mail", Channel.EMAIL, "", 0.5, 0, 0, new StepAudience.Entry(), 0, 1);
    private static final Step CALL = new Step("call", Channel.PHONE, "", 4, 0, 7, new StepAudience.NoAnswer("mail", 7), 0, 1);
    private static final Step NEWS = new Step("news", Channel.EMAIL, "", 0.1, 0, 7, new StepAudience.Answered("mail"), 0, 1);
    private static final Chain CHAIN = new Chain("C", new EntryRule.SavedTarget("T"), List.of(MAIL, CALL, NEWS),
            PressureCaps.NONE, ChainStatus.ACTIVE, true);

    private static ContactEvent ev(String code, int day, ContactOutcome outcome) {
        ContactEvent e = ContactEvent.of(ContactSubjectKind.HOUSEHOLD, code, Channel.EMAIL, T0.plusDays(day), outcome);
        return outcome == ContactOutcome.SENT ? e.inStep("C", "mail") : e;
    }

    /**
     * Hand-made: A..F e-mailed on day 0. A answered (day 2), B ordered (day 3), C unsubscribed (day 1),
     * D refused (day 1), E answered on day -1 only (before the e-mail), F silent. G never e-mailed but answered.
     * No answer after 7 days, on day 8 = {E, F}; answered = {A, B} minus B who ordered = {A}.
     */
    @Test
    void branchesFollowTheHandWorkedSets() {
        List<ContactEvent> events = new ArrayList<>();
        for (String code : List.of("A", "B", "C", "D", "E", "F")) {
            events.add(ev(code, 0, ContactOutcome.SENT));
        }
        events.add(ev("A", 2, ContactOutcome.ANSWERED));
        events.add(ev("B", 3, ContactOutcome.ORDER).withOrder(10, 3));
        events.add(ev("C", 1, ContactOutcome.UNSUBSCRIBED));
        events.add(ev("D", 1, ContactOutcome.REFUSED));
        events.add(ev("E", -1, ContactOutcome.ANSWERED));
        events.add(ev("G", 2, ContactOutcome.ANSWERED));
        ChainHistory history = new ChainHistory("C", events, List.of());
        ChainAudience.Result call = ChainAudience.of(CHAIN, CALL, List.of(), history, T0.plusDays(8));
        assertEquals(List.of("E", "F"), call.candidates());
        ChainAudience.Result tooEarly = ChainAudience.of(CHAIN, CALL, List.of(), history, T0.plusDays(7).minusMinutes(1));
        assertEquals(List.of(), tooEarly.candidates());
        assertEquals(2, tooEarly.notYet());
        ChainAudience.Result news = ChainAudience.of(CHAIN, NEWS, List.of(), history, T0.plusDays(8));
        assertEquals(List.of("A"), news.candidates());
        assertEquals(1, news.ordered());
        Chain keep = new Chain("C", CHAIN.entry(), CHAIN.steps(), PressureCaps.NONE, ChainStatus.ACTIVE, false);
        assertEquals(List.of("A", "B"), ChainAudience.of(keep, NEWS, List.of(), history, T0.plusDays(8)).candidates());
        ChainAudience.Result again = ChainAudience.of(CHAIN, MAIL, List.of("A", "Z"), history, T0.plusDays(8));
        assertEquals(List.of("Z"), again.candidates(), "a step is prepared once per person");
        assertEquals(1, again.alreadyInStep());
    }

    @Test
    void theControlGroupIsReproducibleExactAndIndependentOfOrder() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            codes.add("H" + i);
        }
        ControlGroup.Draw a = ControlGroup.draw(codes, 10, 42);
        List<String> reversed = new ArrayList<>(codes);
        java.util.Collections.reverse(reversed);
        ControlGroup.Draw b = ControlGroup.draw(reversed, 10, 42);
        assertEquals(10, a.heldOut().size());
        assertEquals(90, a.contacted().size());
        assertEquals(a.heldOut(), b.heldOut());
        assertNotEquals(a.heldOut(), ControlGroup.draw(codes, 10, 43).heldOut());
        assertEquals(2, ControlGroup.draw(codes.subList(0, 15), 10, 1).heldOut().size(), "1.5 rounds up to 2");
        assertTrue(ControlGroup.draw(codes, 0, 1).heldOut().isEmpty());
    }

    @Test
    void pressureCapsLeaveOutTheOverContactedAndOtherActiveChainsPeople() {
        Chain capped = new Chain("C", CHAIN.entry(), CHAIN.steps(), new PressureCaps(2, 10), ChainStatus.ACTIVE, true);
        OffsetDateTime now = T0.plusDays(40);
        Map<String, List<PressureCheck.RecentContact>> recent = Map.of(
                "A", List.of(new PressureCheck.RecentContact(now.minusDays(3), null),
                        new PressureCheck.RecentContact(now.minusDays(29), "C")),              // 2 in 30 days: capped
                "B", List.of(new PressureCheck.RecentContact(now.minusDays(3), null),
                        new PressureCheck.RecentContact(now.minusDays(31), null)),             // 1 in 30 days: fine
                "D", List.of(new PressureCheck.RecentContact(now.minusDays(9), "Other")),    // active other chain, 9 < 10
                "E", List.of(new PressureCheck.RecentContact(now.minusDays(9), "Paused")),   // paused chain: fine
                "F", List.of(new PressureCheck.RecentContact(now.minusDays(11), "Other")));  // 11 days: fine
        PressureCheck.Result result = PressureCheck.apply(capped, List.of("A", "B", "D", "E", "F", "G"), recent,
                Set.of("C", "Other"), now);
        assertEquals(List.of("B", "E", "F", "G"), result.allowed());
        assertEquals(1, result.pressureCap());
        assertEquals(1, result.otherChain());
    }

    @Test
    void aBranchMustNameAnEarlierStep() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Chain("C",
                CHAIN.entry(), List.of(CALL, MAIL), PressureCaps.NONE, ChainStatus.ACTIVE, true));
        assertEquals("Chain 'C': step 'call' branches from 'mail', which is not an earlier step.", e.getMessage());
    }

    @Test
    void theJsonRoundTripsAndANewerVersionIsRefused() {
        Chain capped = new Chain("C", new EntryRule.Reactivation(12), CHAIN.steps(), new PressureCaps(4, 14),
                ChainStatus.PAUSED, false);
        assertEquals(capped, ChainJson.read(ChainJson.write(capped), "test"));
        IllegalArgumentException newer = assertThrows(IllegalArgumentException.class, () -> ChainJson.read(
                "{\"schemaVersion\": 2, \"name\": \"C\", \"entry\": {\"target\": \"T\"}, \"steps\": []}", "c.json"));
        assertEquals("The chain in c.json: it was written by a newer GeoProspect (schema version 2); update the "
                + "application to read it.", newer.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> ChainJson.read(
                "{\"name\": \"C\", \"entry\": {\"target\": \"T\"}, \"steps\": [{\"name\": \"s\", \"channel\": \"fax\"}]}",
                "c.json"));
        assertEquals("The chain in c.json: step 's': the channel is email, sms, phone or postal, not 'fax'.",
                unknown.getMessage());
    }
}
