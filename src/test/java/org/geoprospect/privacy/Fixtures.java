package org.geoprospect.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/** Households, contacts and clocks for the privacy tests, with answers known by construction. */
final class Fixtures {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Fixtures() {
    }

    /** A clock at noon, Paris time, on that day. */
    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(12, 0).atZone(PARIS).toInstant(), PARIS);
    }

    /** A clock at that day in UTC (for database-stored timestamps in tests). */
    static Clock utcClockAt(LocalDate day) {
        return Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** A household in Angers with the given consents (channel → consent date; granted) and last contact. */
    static Household household(String code, Map<Channel, Consent> consents, LocalDate lastContact) {
        return new Household(code, -0.55, 47.47, 430_000, 6_710_000, "49007", List.of("picnic", "mountain_bike"),
                3, "35-49", "B", consents, "web_form", lastContact);
    }

    /** A household with consent granted on these channels (dated 2025-01-10), last contacted 2025-06-01. */
    static Household consenting(String code, Channel... channels) {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        for (Channel channel : channels) {
            consents.put(channel, new Consent(true, LocalDate.of(2025, 1, 10)));
        }
        return household(code, consents, LocalDate.of(2025, 6, 1));
    }

    /** Contact fields with recognisable values: "Prénom-CODE", "Nom-CODE", code@example.org... */
    static HouseholdContact contact(String code) {
        return new HouseholdContact(code, "Prénom-" + code, "Nom-" + code, "12 rue des Tilleuls", "49100", "Angers",
                "+33 6 12 34 56 " + code.substring(code.length() - 2), code.toLowerCase() + "@example.org");
    }
}
