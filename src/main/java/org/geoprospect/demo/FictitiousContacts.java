package org.geoprospect.demo;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.geoprospect.geo.Commune;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/**
 * Draws obviously fictitious personal fields for consenting demo households: common first names with
 * invented surnames (Exemple, Fictif...), addresses on invented streets ("12 rue des Exemples"), the
 * commune's real first postal code and name, phone numbers in ARCEP's range reserved for fiction
 * (01 99 00 xx xx) and e-mail addresses at example.org (reserved by RFC 2606).
 *
 * <p>Not thread-safe; deterministic for a seed and a call sequence.
 */
final class FictitiousContacts {
    static final List<String> FIRST_NAMES = List.of("Camille", "Dominique", "Claude", "Alex", "Sacha", "Charlie",
            "Louise", "Jules", "Emma", "Léo", "Chloé", "Hugo", "Manon", "Lucas", "Inès", "Gabriel", "Jeanne", "Paul",
            "Zoé", "Mathis");
    static final List<String> LAST_NAMES = List.of("Exemple", "Fictif", "Démo", "Essai", "Modèle", "Spécimen",
            "Échantillon", "Prototype", "Maquette", "Témoin", "Pilote", "Brouillon");
    static final List<String> STREETS = List.of("rue des Exemples", "allée du Modèle", "chemin de l'Essai",
            "place du Spécimen", "avenue de la Démo", "impasse du Prototype");
    /** Share of consenting households whose file holds an e-mail address / a phone number on a channel they did not consent to. */
    static final double CONTACT_WITHOUT_CHANNEL_CONSENT = 0.40;

    private final SeededRandom random;

    FictitiousContacts(SeededRandom random) {
        this.random = random;
    }

    /**
     * Personal fields for a household with at least one consent. E-mail and phone are present for
     * nearly all households that consented to that channel, and for some that did not (so the
     * export gate has something to withhold).
     *
     * @param number the household's sequence number, which makes the e-mail address unique
     */
    HouseholdContact contactFor(Household household, Commune commune, long number) {
        String firstName = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
        String lastName = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
        String address = random.nextInt(1, 150) + " " + STREETS.get(random.nextInt(STREETS.size()));
        boolean emailConsent = household.consent(Channel.EMAIL).granted();
        boolean phoneConsent = household.consent(Channel.PHONE).granted() || household.consent(Channel.SMS).granted();
        String email = random.chance(emailConsent ? 0.95 : CONTACT_WITHOUT_CHANNEL_CONSENT)
                ? ascii(firstName) + "." + ascii(lastName) + "." + number + "@example.org" : null;
        String phone = random.chance(phoneConsent ? 0.95 : CONTACT_WITHOUT_CHANNEL_CONSENT) ? fictionPhone() : null;
        return new HouseholdContact(household.anonCode(), firstName, lastName, address, commune.postalCodes().get(0),
                commune.name(), phone, email);
    }

    private String fictionPhone() {
        int last = random.nextInt(10_000);
        return "01 99 00 " + two(last / 100) + " " + two(last % 100);
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
