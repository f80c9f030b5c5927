package org.geoprospect.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.junit.jupiter.api.Test;

/**
 * What a sales tour may do with a household, on 1 October 2026 with the 3-year retention: left out
 * (objection to all prospecting, past retention), or visited with name and address, or visited by its
 * position with the reason why not.
 */
class FieldVisitContactsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Map<Channel, Consent> POSTAL = Map.of(Channel.POSTAL, new Consent(true, LocalDate.of(2025, 2, 1)));

    private static Household household(String code, Map<Channel, Consent> consents, LocalDate lastContact) {
        return new Household(code, -0.55, 47.47, 430_000, 6_710_000, "49007", List.of("picnic"), 2, "35-49", "B", consents,
                "web_form", lastContact);
    }

    private static HouseholdContact contact(String code, String address) {
        return new HouseholdContact(code, "Anne", "Martin", address, address == null ? null : "49000",
                address == null ? null : "Angers", "0612345678", null);
    }

    private static FieldVisitContacts.VisitContact decide(List<Objection> objections, Household h, HouseholdContact c) {
        return new FieldVisitContacts(new ContactPolicy(CLOCK, ObjectionList.of(objections))).decide(h, Optional.ofNullable(c));
    }

    @Test
    void withPostalConsentAndAnAddressTheSheetHasNameAndAddress() {
        FieldVisitContacts.VisitContact v = decide(List.of(), household("H1", POSTAL, TODAY.minusDays(9)),
                contact("H1", "3 rue Haute"));
        assertTrue(v.listed());
        assertNull(v.withheld());
        assertEquals("Anne Martin", v.name());
        assertEquals("3 rue Haute, 49000 Angers", v.address());
    }

    @Test
    void anObjectionToAllProspectingLeavesTheHouseholdOutEvenWhenItNamesOnlyThePhone() {
        // The objection names the phone number, not the code: only the stored contact can match it.
        Objection byPhone = new Objection(null, null, "06 12 34 56 78", null, TODAY.minusDays(2), "bloctel");
        FieldVisitContacts.VisitContact v = decide(List.of(byPhone), household("H2", POSTAL, TODAY.minusDays(9)),
                contact("H2", "3 rue Haute"));
        assertFalse(v.listed());
        assertEquals(ContactRefusal.OBJECTION, v.leftOut());
        assertFalse(v.revealed());
    }

    @Test
    void pastRetentionLeavesTheHouseholdOut() {
        // Last contact on 1 September 2023: three years passed on 1 September 2026.
        FieldVisitContacts.VisitContact v = decide(List.of(), household("H3", Map.of(), LocalDate.of(2023, 9, 1)),
                contact("H3", "3 rue Haute"));
        assertEquals(ContactRefusal.RETENTION_EXPIRED, v.leftOut());
    }

    @Test
    void theOthersAreVisitedByPositionAndTheSheetSaysWhyNoAddress() {
        assertEquals(AddressWithheld.NO_VISIT_CONSENT, decide(List.of(), household("H4", Map.of(), TODAY.minusDays(9)),
                contact("H4", "3 rue Haute")).withheld());
        assertEquals(AddressWithheld.NO_CONTACT_DETAILS, decide(List.of(), household("H5", POSTAL, TODAY.minusDays(9)),
                null).withheld());
        assertEquals(AddressWithheld.NO_CONTACT_DETAILS, decide(List.of(), household("H6", POSTAL, TODAY.minusDays(9)),
                contact("H6", null)).withheld());
        FieldVisitContacts.VisitContact phoneObjection = decide(
                List.of(Objection.ofHousehold("H7", Channel.PHONE, TODAY.minusDays(2), "call")),
                household("H7", POSTAL, TODAY.minusDays(9)), contact("H7", "3 rue Haute"));
        assertTrue(phoneObjection.listed());
        assertEquals(AddressWithheld.CHANNEL_OBJECTION, phoneObjection.withheld());
        assertNull(phoneObjection.address());
        // A recorded refusal of postal contact, with a phone consent: no address, but listed.
        Map<Channel, Consent> refusedPostal = Map.of(Channel.POSTAL, new Consent(false, LocalDate.of(2025, 2, 1)),
                Channel.PHONE, new Consent(true, LocalDate.of(2025, 2, 1)));
        FieldVisitContacts.VisitContact v = decide(List.of(), household("H8", refusedPostal, TODAY.minusDays(9)),
                contact("H8", "3 rue Haute"));
        assertEquals(AddressWithheld.NO_VISIT_CONSENT, v.withheld());
        assertNull(v.address());
        assertEquals("06 12 34 56 78", v.phone());
    }
}
