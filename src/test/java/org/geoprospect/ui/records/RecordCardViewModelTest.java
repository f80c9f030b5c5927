package org.geoprospect.ui.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.privacy.CardView;
import org.geoprospect.privacy.ContactPolicy;
import org.geoprospect.privacy.ObjectionList;
import org.geoprospect.service.HouseholdCard;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.Test;

/**
 * The household card shows name, address, phone and email only when the contact policy reveals them,
 * and otherwise says why: the card is built from the policy's {@link CardView}, never from the contact.
 */
class RecordCardViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    private static final ContactPolicy POLICY = new ContactPolicy(
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), ObjectionList.empty());
    private static final HouseholdContact CONTACT = new HouseholdContact("H1", "Camille", "Durand",
            "3 rue des Lilas", "49300", "Cholet", "0241000000", "camille@example.org");

    private static Household household(Map<Channel, Consent> consents) {
        return new Household("H1", -0.88, 47.06, 380_000, 6_670_000, "49099", List.of("mountain_bike", "picnic"), 3,
                "35-49", "C", consents, "web_form", TODAY.minusDays(40));
    }

    private static RecordCardViewModel cardOf(Household household) {
        return cardOf(household, Locale.ENGLISH);
    }

    private static RecordCardViewModel cardOf(Household household, Locale locale) {
        CardView view = POLICY.cardView(household, Optional.of(CONTACT));
        List<HouseholdCard.ChannelConsent> consents = java.util.Arrays.stream(Channel.values())
                .map(c -> new HouseholdCard.ChannelConsent(c, household.consent(c).granted(), household.consent(c).date()))
                .toList();
        HouseholdCard card = new HouseholdCard("H1", "49099", "Cholet", household.interests(), 3, "35-49", "C", "exact",
                consents, "web_form", household.lastContactDate(), view);
        RecordCardViewModel vm = new RecordCardViewModel(Messages.forLocale(locale), null);
        vm.fill(card);
        return vm;
    }

    private static String shownText(RecordCardViewModel vm) {
        StringBuilder all = new StringBuilder(vm.titleProperty().get());
        vm.rows().forEach(r -> all.append('|').append(r.label()).append('=').append(r.value()));
        return all.toString();
    }

    private static String value(RecordCardViewModel vm, String label) {
        return vm.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void personalFieldsStayHiddenWithoutConsentAndTheCardSaysWhy() {
        RecordCardViewModel vm = cardOf(household(Map.of()));
        String shown = shownText(vm);
        for (String personal : new String[] {"Camille", "Durand", "Lilas", "0241000000", "camille@example.org"}) {
            assertFalse(shown.contains(personal), personal + " must not appear: " + shown);
        }
        assertEquals("Contact details are hidden: this household has given consent on no channel.",
                vm.hiddenNoteProperty().get());
        assertEquals("H1", value(vm, "Anonymous code"));
        assertEquals("Cholet (49099)", value(vm, "Commune"));
        assertEquals("Mountain bike (VTT), Picnic", value(vm, "Interests"), "interests as words, never codes");
        assertEquals("not given", value(vm, "Email"));
    }

    @Test
    void aFrenchCardGivesTheInterestsInFrenchWords() {
        RecordCardViewModel vm = cardOf(household(Map.of()), Locale.FRENCH);
        assertEquals("VTT, Pique-nique", value(vm, "Centres d'intérêt"));
    }

    @Test
    void personalFieldsAppearWithConsentOnlyForTheAllowedChannels() {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(true, LocalDate.of(2025, 3, 18)));
        RecordCardViewModel vm = cardOf(household(consents));
        assertNull(vm.hiddenNoteProperty().get());
        assertEquals("Camille Durand", value(vm, "Name"));
        assertEquals("3 rue des Lilas, 49300 Cholet", value(vm, "Address"));
        assertTrue(shownText(vm).contains("camille@example.org"));
        // No phone or SMS consent after 11 Aug 2026: the phone stays hidden even though the card opens.
        assertFalse(shownText(vm).contains("0241000000"), shownText(vm));
        assertEquals("granted on 2025-03-18 (web form)", vm.rows().stream()
                .filter(r -> r.label().equals("Email") && r.value().startsWith("granted")).findFirst().orElseThrow().value());
    }

    @Test
    void anObjectionHidesEverythingWhateverTheConsents() {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(true, LocalDate.of(2025, 3, 18)));
        ContactPolicy objecting = new ContactPolicy(POLICY.clock(), ObjectionList.of(List.of(
                org.geoprospect.privacy.Objection.ofHousehold("H1", null, TODAY.minusDays(3), "letter"))));
        CardView view = objecting.cardView(household(consents), Optional.of(CONTACT));
        assertFalse(view.revealsContact());
        assertEquals("privacy.card.hidden.objection", view.reasonKey());
        assertEquals("Contact details are hidden: this household has objected to prospecting.",
                Messages.forLocale(Locale.ENGLISH).get(view.reasonKey()));
        assertEquals("Coordonnées masquées : ce foyer s'est opposé à la prospection.",
                Messages.forLocale(Locale.FRENCH).get(view.reasonKey()));
    }
}
