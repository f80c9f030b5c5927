package org.geoprospect.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An anonymised household: the pseudonymised part of a record (no name, address, phone or email;
 * those live in {@link HouseholdContact} and leave the store only through the ContactPolicy).
 *
 * @param anonCode        the anonymous code stored in the database; the record's key
 * @param lon             WGS84 longitude
 * @param lat             WGS84 latitude
 * @param x               easting in the project CRS (metres)
 * @param y               northing in the project CRS (metres)
 * @param communeInsee    INSEE code of the commune, may be null
 * @param interests       interest codes from {@link Interests#VOCABULARY}
 * @param consents        consent per channel; a channel absent from the map has {@link Consent#NONE}
 * @param consentSource   where the consents were collected (web form, shop...), may be null
 * @param lastContactDate last time the household was contacted, null if never
 */
public record Household(String anonCode, double lon, double lat, double x, double y, String communeInsee,
                        List<String> interests, int householdSize, String ageBand, String incomeBand,
                        Map<Channel, Consent> consents, String consentSource, LocalDate lastContactDate) {
    public Household {
        Objects.requireNonNull(anonCode, "anonCode");
        interests = List.copyOf(interests);
        EnumMap<Channel, Consent> copy = new EnumMap<>(Channel.class);
        copy.putAll(consents);
        consents = java.util.Collections.unmodifiableMap(copy);
    }

    /** The consent recorded for a channel, never null. */
    public Consent consent(Channel channel) {
        return consents.getOrDefault(channel, Consent.NONE);
    }
}
