package org.geoprospect.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.geoprospect.model.Channel;
import org.geoprospect.privacy.CardView;

/**
 * Everything a household's detail card shows: the pseudonymised record (code, commune, interests,
 * profile, position precision, consents, last contact) and the personal fields the
 * {@link org.geoprospect.privacy.ContactPolicy} allows ({@link #contact()}). Immutable.
 *
 * @param anonCode          the anonymous code
 * @param communeInsee      INSEE code, or null
 * @param communeName       the commune's name from the shipped table, or null when unknown
 * @param interests         interest codes
 * @param householdSize     persons, 0 when unknown
 * @param ageBand           may be null
 * @param incomeBand        may be null
 * @param positionPrecision {@code exact} or {@code commune}, or null when not recorded
 * @param consents          one line per channel, in {@link Channel} order
 * @param consentSource     where consents were collected, may be null
 * @param lastContactDate   may be null (never contacted)
 * @param contact           the policy's view of the personal fields; never null
 */
public record HouseholdCard(String anonCode, String communeInsee, String communeName, List<String> interests,
                            int householdSize, String ageBand, String incomeBand, String positionPrecision,
                            List<ChannelConsent> consents, String consentSource, LocalDate lastContactDate,
                            CardView contact) {
    public HouseholdCard {
        Objects.requireNonNull(anonCode, "anonCode");
        interests = List.copyOf(interests);
        consents = List.copyOf(consents);
        Objects.requireNonNull(contact, "contact");
    }

    /** A channel's recorded answer: granted or not, and when (null when no date was recorded). */
    public record ChannelConsent(Channel channel, boolean granted, LocalDate date) {
    }

    /** {@inheritDoc} The personal fields stay out of logs (see {@link CardView#toString()}). */
    @Override
    public String toString() {
        return "HouseholdCard[anonCode=" + anonCode + ", " + contact + "]";
    }
}
