package org.geoprospect.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geoprospect.geo.Commune;
import org.geoprospect.io.csv.HouseholdRow;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/**
 * Produces synthetic households one at a time (so a million need no list): anonymous codes
 * H0000001, H0000002..., positions from {@link HouseholdPlacer}, attributes from
 * {@link HouseholdProfiles} and, for the consenting minority only, personal fields from
 * {@link FictitiousContacts}.
 *
 * <p>Not thread-safe. The n-th household depends only on the seed and n, not on how many are asked for.
 */
public final class HouseholdGenerator {
    private final DemoTerritory territory;
    private final HouseholdPlacer placer;
    private final HouseholdProfiles profiles;
    private final FictitiousContacts contacts;
    private long count;

    public HouseholdGenerator(DemoTerritory territory, long seed) {
        this.territory = territory;
        SeededRandom random = SeededRandom.derive(seed, "households");
        this.placer = new HouseholdPlacer(territory, random, seed);
        this.profiles = new HouseholdProfiles(random);
        this.contacts = new FictitiousContacts(random);
    }

    /** The next household, with its contact part when it gave at least one consent (else null). */
    public HouseholdRow next() {
        long number = ++count;
        HouseholdPlacer.Placement place = placer.next();
        Commune commune = territory.communes().get(place.commune());
        List<String> interests = profiles.interests();
        int size = profiles.householdSize();
        String ageBand = profiles.ageBand();
        String incomeBand = profiles.incomeBand();
        Map<Channel, Consent> consents = profiles.consents();
        boolean consenting = consents.values().stream().anyMatch(Consent::granted);
        String source = consenting ? profiles.consentSource() : null;
        LocalDate lastContact = profiles.lastContactDate();
        Household household = new Household(anonCode(number), place.lon(), place.lat(), place.x(), place.y(),
                commune.insee(), interests, size, ageBand, incomeBand, consents, source, lastContact);
        HouseholdContact contact = consenting ? contacts.contactFor(household, commune, number) : null;
        return new HouseholdRow(household, contact);
    }

    /** "H" and the number on at least 7 digits: H0000001. */
    static String anonCode(long number) {
        String digits = Long.toString(number);
        StringBuilder code = new StringBuilder(8).append('H');
        for (int i = digits.length(); i < 7; i++) {
            code.append('0');
        }
        return code.append(digits).toString();
    }
}
