package org.geoprospect.privacy;

import static org.geoprospect.privacy.Fixtures.clockAt;
import static org.geoprospect.privacy.Fixtures.consenting;
import static org.geoprospect.privacy.Fixtures.contact;
import static org.geoprospect.privacy.Fixtures.household;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.junit.jupiter.api.Test;

class ContactPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static ContactPolicy policy(LocalDate today, Objection... objections) {
        return new ContactPolicy(clockAt(today), ObjectionList.of(List.of(objections)));
    }

    private static ContactDecision decide(ContactPolicy policy, Household h, Channel channel) {
        return policy.decide(h, Optional.of(contact(h.anonCode())), channel);
    }

    @Test
    void emailAndSmsNeedTheirOwnConsent() {
        Household h = consenting("H01", Channel.EMAIL);
        ContactPolicy p = policy(TODAY);
        assertEquals(ContactBasis.CONSENT, decide(p, h, Channel.EMAIL).basis());
        assertEquals(ContactRefusal.NO_CONSENT, decide(p, h, Channel.SMS).refusal());
        assertEquals(ContactRefusal.NO_CONSENT, decide(p, consenting("H02", Channel.SMS), Channel.EMAIL).refusal());
    }

    @Test
    void aConsentDatedAfterTodayIsNotPrior() {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(true, TODAY.plusDays(1)));
        Household h = household("H03", consents, null);
        assertEquals(ContactRefusal.NO_CONSENT, decide(policy(TODAY), h, Channel.EMAIL).refusal());
        assertTrue(decide(policy(TODAY.plusDays(1)), h, Channel.EMAIL).allowed());
    }

    @Test
    void theExistingClientHookIsOffByDefaultAndCanAllowEmail() {
        Household h = consenting("H04");
        assertEquals(ContactRefusal.NO_CONSENT, decide(policy(TODAY), h, Channel.EMAIL).refusal());
        ContactPolicy withHook = new ContactPolicy(clockAt(TODAY), ObjectionList.empty(), RetentionRule.standard(),
                (household, channel) -> household.anonCode().equals("H04"), CollectionDates.UNKNOWN);
        assertEquals(ContactBasis.EXISTING_CLIENT, decide(withHook, h, Channel.EMAIL).basis());
        assertEquals(ContactBasis.EXISTING_CLIENT, decide(withHook, h, Channel.SMS).basis());
    }

    @Test
    void phoneWithoutConsentIsAllowedOnTheTenthOfAugust2026AndRefusedFromTheEleventh() {
        Household h = consenting("H05");
        assertEquals(ContactBasis.NO_OBJECTION_BEFORE_PHONE_SWITCH,
                decide(policy(LocalDate.of(2026, 8, 10)), h, Channel.PHONE).basis());
        assertEquals(ContactRefusal.NO_CONSENT, decide(policy(LocalDate.of(2026, 8, 11)), h, Channel.PHONE).refusal());
        Household consentingByPhone = consenting("H06", Channel.PHONE);
        assertEquals(ContactBasis.CONSENT, decide(policy(LocalDate.of(2026, 8, 11)), consentingByPhone, Channel.PHONE).basis());
    }

    @Test
    void theSwitchFollowsTheClocksZone() {
        // 2026-08-10 23:30 in Paris is already the 11th? No: 23:30 UTC on the 10th is 01:30 on the 11th in Paris.
        java.time.Instant lateOnTheTenthUtc = LocalDate.of(2026, 8, 10).atTime(23, 30).toInstant(java.time.ZoneOffset.UTC);
        ContactPolicy paris = new ContactPolicy(java.time.Clock.fixed(lateOnTheTenthUtc, Fixtures.PARIS), ObjectionList.empty());
        assertEquals(ContactRefusal.NO_CONSENT, decide(paris, consenting("H07"), Channel.PHONE).refusal());
    }

    @Test
    void phoneBeforeTheSwitchIsRefusedByAnObjectionOrARecordedRefusal() {
        LocalDate before = LocalDate.of(2026, 8, 10);
        Household h = consenting("H08");
        assertEquals(ContactRefusal.OBJECTION, decide(policy(before,
                new Objection(null, null, "06 12 34 56 08", Channel.PHONE, null, "bloctel")), h, Channel.PHONE).refusal());
        Map<Channel, Consent> refused = new EnumMap<>(Channel.class);
        refused.put(Channel.PHONE, new Consent(false, LocalDate.of(2025, 2, 1)));
        assertEquals(ContactRefusal.NO_CONSENT, decide(policy(before), household("H09", refused, null), Channel.PHONE).refusal());
    }

    @Test
    void postalNeedsOnlyNoObjection() {
        Household h = consenting("H10");
        assertEquals(ContactBasis.OPT_OUT_REGIME, decide(policy(TODAY), h, Channel.POSTAL).basis());
        assertEquals(ContactRefusal.OBJECTION, decide(policy(TODAY, Objection.ofHousehold("H10", Channel.POSTAL, null, "ui")),
                h, Channel.POSTAL).refusal());
    }

    @Test
    void anObjectionOnTheChannelWinsOverConsentAndLeavesOtherChannels() {
        Household h = consenting("H11", Channel.EMAIL, Channel.SMS);
        ContactPolicy p = policy(TODAY, Objection.ofHousehold("H11", Channel.EMAIL, TODAY, "ui"));
        assertEquals(ContactRefusal.OBJECTION, decide(p, h, Channel.EMAIL).refusal());
        assertTrue(decide(p, h, Channel.SMS).allowed());
    }

    @Test
    void anObjectionOnAllChannelsWinsEverywhere() {
        Household h = consenting("H12", Channel.values());
        ContactPolicy p = policy(TODAY, Objection.ofHousehold("H12", null, TODAY, "ui"));
        for (Channel channel : Channel.values()) {
            assertEquals(ContactRefusal.OBJECTION, decide(p, h, channel).refusal(), channel.code());
        }
    }

    @Test
    void anObjectionMatchesByNormalisedEmailAndPhone() {
        Household h = consenting("H13", Channel.EMAIL, Channel.SMS);
        ContactPolicy byEmail = policy(TODAY, new Objection(null, "  H13@Example.ORG ", null, null, null, "file"));
        assertEquals(ContactRefusal.OBJECTION, decide(byEmail, h, Channel.EMAIL).refusal());
        ContactPolicy byPhone = policy(TODAY, new Objection(null, null, "0033 6.12.34.56.13", Channel.SMS, null, "file"));
        assertEquals(ContactRefusal.OBJECTION, decide(byPhone, h, Channel.SMS).refusal());
        assertTrue(decide(byPhone, h, Channel.EMAIL).allowed());
    }

    @Test
    void anObjectionWinsOverRetentionAsTheReasonGiven() {
        Household old = household("H14", Map.of(), LocalDate.of(2020, 1, 1));
        ContactPolicy p = policy(TODAY, Objection.ofHousehold("H14", null, null, "ui"));
        assertEquals(ContactRefusal.OBJECTION, decide(p, old, Channel.POSTAL).refusal());
    }

    @Test
    void retentionEndsThreeYearsAfterTheLastContactBoundaryIncluded() {
        Household h = household("H15", Map.of(Channel.EMAIL, new Consent(true, LocalDate.of(2023, 1, 1))),
                LocalDate.of(2023, 5, 10));
        assertTrue(decide(policy(LocalDate.of(2026, 5, 10)), h, Channel.EMAIL).allowed(), "exactly 3 years: kept");
        assertEquals(ContactRefusal.RETENTION_EXPIRED, decide(policy(LocalDate.of(2026, 5, 11)), h, Channel.EMAIL).refusal());
        assertEquals(ContactRefusal.RETENTION_EXPIRED, decide(policy(LocalDate.of(2026, 5, 11)), h, Channel.POSTAL).refusal());
    }

    @Test
    void aLaterConsentDateRestartsRetention() {
        Household h = household("H16", Map.of(Channel.SMS, new Consent(true, LocalDate.of(2024, 2, 1))),
                LocalDate.of(2022, 1, 1));
        assertEquals(LocalDate.of(2024, 2, 1), RetentionRule.recordedReference(h));
        assertTrue(decide(policy(LocalDate.of(2027, 2, 1)), h, Channel.SMS).allowed());
        assertEquals(ContactRefusal.RETENTION_EXPIRED, decide(policy(LocalDate.of(2027, 2, 2)), h, Channel.SMS).refusal());
    }

    @Test
    void anUndatedHouseholdAgesFromItsCollectionDate() {
        Household h = household("H17", Map.of(), null);
        ContactPolicy p = policy(LocalDate.of(2029, 3, 2)).withCollectionDates(code -> LocalDate.of(2026, 3, 1));
        assertEquals(ContactRefusal.RETENTION_EXPIRED, decide(p, h, Channel.POSTAL).refusal());
        assertTrue(decide(policy(LocalDate.of(2029, 3, 2)), h, Channel.POSTAL).allowed(), "unknown collection: kept");
    }

    @Test
    void theConfiguredPeriodApplies() {
        Household h = household("H18", Map.of(), LocalDate.of(2025, 1, 1));
        ContactPolicy twoYears = new ContactPolicy(clockAt(LocalDate.of(2027, 1, 2)), ObjectionList.empty(),
                RetentionRule.parse("P2Y"), SimilarProductsException.NONE, CollectionDates.UNKNOWN);
        assertEquals(ContactRefusal.RETENTION_EXPIRED, decide(twoYears, h, Channel.POSTAL).refusal());
        assertEquals(java.time.Period.ofYears(5), RetentionRule.parse("5").period());
    }

    @Test
    void approvalNeedsTheChannelsContactFieldAndNormalisesThePhone() {
        Household h = consenting("H19", Channel.EMAIL, Channel.SMS);
        ContactPolicy p = policy(TODAY);
        HouseholdContact noEmail = new HouseholdContact("H19", "A", "B", "1 rue X", "49100", "Angers", "+33 6 00 00 00 19", " ");
        assertEquals(ContactRefusal.NO_CONTACT_DETAILS, p.approvedContact(h, Optional.of(noEmail), Channel.EMAIL).refusal());
        ContactPolicy.Approval sms = p.approvedContact(h, Optional.of(noEmail), Channel.SMS);
        assertEquals("06 00 00 00 19", sms.contact().phone());
        assertEquals(ContactRefusal.NO_CONTACT_DETAILS, p.approvedContact(h, Optional.empty(), Channel.POSTAL).refusal());
    }

    @Test
    void theCardHidesPersonalFieldsWithoutConsent() {
        Household h = consenting("H20");
        CardView card = policy(TODAY).cardView(h, Optional.of(contact("H20")));
        assertFalse(card.revealsContact());
        assertEquals(CardHiddenReason.NO_CONSENT, card.hiddenReason());
        assertEquals("privacy.card.hidden.noConsent", card.reasonKey());
        assertNull(card.firstName());
        assertNull(card.lastName());
        assertNull(card.address());
        assertNull(card.phone());
        assertNull(card.email());
        assertEquals("H20", card.anonCode());
    }

    @Test
    void theCardShowsPersonalFieldsWithConsentAndOnlyTheAllowedChannels() {
        Household h = consenting("H21", Channel.EMAIL);
        CardView card = policy(LocalDate.of(2026, 9, 1)).cardView(h, Optional.of(contact("H21")));
        assertTrue(card.revealsContact());
        assertNull(card.reasonKey());
        assertEquals("Prénom-H21", card.firstName());
        assertEquals("Nom-H21", card.lastName());
        assertEquals("12 rue des Tilleuls", card.address());
        assertEquals("h21@example.org", card.email());
        assertNull(card.phone(), "after the switch phone needs its own consent; SMS has none either");
    }

    @Test
    void theCardHidesEverythingOnAnyObjectionOrPastRetention() {
        Household h = consenting("H22", Channel.EMAIL);
        CardView objected = policy(TODAY, Objection.ofHousehold("H22", Channel.SMS, null, "ui"))
                .cardView(h, Optional.of(contact("H22")));
        assertEquals(CardHiddenReason.OBJECTION, objected.hiddenReason());
        assertNull(objected.email());
        CardView expired = policy(LocalDate.of(2030, 1, 1)).cardView(h, Optional.of(contact("H22")));
        assertEquals(CardHiddenReason.RETENTION_EXPIRED, expired.hiddenReason());
        assertEquals(CardHiddenReason.NO_CONTACT_STORED, policy(TODAY).cardView(h, Optional.empty()).hiddenReason());
    }

    @Test
    void thePseudonymisedListIgnoresConsentButHonoursAllChannelObjectionsAndRetention() {
        Household h = consenting("H23");
        Optional<HouseholdContact> c = Optional.of(contact("H23"));
        assertTrue(policy(TODAY).pseudonymisedRefusal(h, c).isEmpty());
        assertTrue(policy(TODAY, Objection.ofHousehold("H23", Channel.EMAIL, null, "ui")).pseudonymisedRefusal(h, c).isEmpty());
        assertEquals(Optional.of(ContactRefusal.OBJECTION),
                policy(TODAY, Objection.ofHousehold("H23", null, null, "ui")).pseudonymisedRefusal(h, c));
        assertEquals(Optional.of(ContactRefusal.RETENTION_EXPIRED), policy(LocalDate.of(2030, 1, 1)).pseudonymisedRefusal(h, c));
    }
}
