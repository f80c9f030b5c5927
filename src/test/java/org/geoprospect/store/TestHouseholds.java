package org.geoprospect.store;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/** Builds synthetic households for the store's tests and benchmark. */
final class TestHouseholds {
    private TestHouseholds() {
    }

    /** A household on a 1 km grid cell numbered {@code i}, consenting by email. */
    static Household household(String code, int i, String incomeBand) {
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(true, LocalDate.of(2024, 3, 1)));
        consents.put(Channel.SMS, Consent.NONE);
        consents.put(Channel.PHONE, new Consent(false, LocalDate.of(2025, 1, 15)));
        consents.put(Channel.POSTAL, new Consent(true, null));
        return new Household(code, 4.8 + i * 1e-5, 45.7 + i * 1e-5, 840_000 + (i % 1000) * 10.0,
                6_500_000 + (i / 1000) * 10.0, "69123", List.of("picnic", "mountain_bike"), 3, "35-49", incomeBand,
                consents, "web-form", i % 2 == 0 ? null : LocalDate.of(2025, 6, 30));
    }

    static HouseholdContact contact(String code) {
        return new HouseholdContact(code, "Jeanne-" + code, "Martin", "1 rue de la Paix", "69001", "Lyon",
                "+33 6 00 00 00 00", code.toLowerCase() + "@example.org");
    }

    /** Entries H0000000.. with contacts on every third household; generated lazily. */
    static Iterator<HouseholdEntry> entries(int count, String incomeBand) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public HouseholdEntry next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                String code = String.format("H%07d", i);
                return new HouseholdEntry(household(code, i, incomeBand), i % 3 == 0 ? contact(code) : null);
            }
        };
    }
}
