package org.geoprospect.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.junit.jupiter.api.Test;

class HouseholdColumnsTest {
    private static Household household(String code, double x, String commune, List<String> interests,
                                       Map<Channel, Consent> consents, LocalDate lastContact) {
        return new Household(code, 0, 0, x, 2 * x, commune, interests, 3, "30-44", "B", consents, "shop", lastContact);
    }

    @Test
    void keepsEveryFieldOfAHousehold() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        builder.add(household("H1", 10, "49007", List.of("picnic", "hiking", "not_an_interest"),
                Map.of(Channel.EMAIL, new Consent(true, LocalDate.of(2024, 3, 1)),
                        Channel.PHONE, new Consent(false, LocalDate.of(2023, 1, 2))),
                LocalDate.of(2025, 6, 30)));
        builder.add(new Household("Hé2", 0, 0, 5, 6, null, List.of(), 0, null, null, Map.of(), null, null));
        HouseholdColumns columns = builder.build();

        assertEquals(2, columns.size());
        assertEquals("H1", columns.anonCode(0));
        assertEquals("Hé2", columns.anonCode(1));
        assertEquals(10, columns.x(0));
        assertEquals(20, columns.y(0));
        assertEquals("49007", columns.communeCode(0));
        assertNull(columns.communeCode(1));
        assertEquals(HouseholdColumns.UNKNOWN, columns.communeIndex(1));
        // picnic = bit 0, hiking = bit 2; the unknown code is ignored
        assertEquals(0b101, columns.interestMask(0));
        assertTrue(columns.hasAnyInterest(0, HouseholdColumns.interestBit("hiking")));
        assertEquals(0, HouseholdColumns.interestBit("not_an_interest"));
        assertEquals(3, columns.householdSize(0));
        assertEquals("30-44", columns.ageBands().get(columns.ageBandIndex(0)));
        assertEquals(HouseholdColumns.UNKNOWN, columns.ageBandIndex(1));
        assertEquals("B", columns.incomeBands().get(columns.incomeBandIndex(0)));
        assertEquals("shop", columns.consentSources().get(columns.consentSourceIndex(0)));
        assertTrue(columns.hasConsent(0, Channel.EMAIL));
        assertFalse(columns.hasConsent(0, Channel.PHONE));
        assertEquals(1 << Channel.EMAIL.ordinal(), columns.consentMask(0));
        assertEquals(LocalDate.of(2024, 3, 1).toEpochDay(), columns.consentDay(0, Channel.EMAIL));
        assertEquals(LocalDate.of(2023, 1, 2).toEpochDay(), columns.consentDay(0, Channel.PHONE));
        assertEquals(HouseholdColumns.NO_DATE, columns.consentDay(0, Channel.SMS));
        assertEquals(LocalDate.of(2025, 6, 30).toEpochDay(), columns.lastContactDay(0));
        assertEquals(HouseholdColumns.NO_DATE, columns.lastContactDay(1));
        assertEquals(1, columns.idOfCode("Hé2"));
        assertEquals(-1, columns.idOfCode("H3"));
    }

    @Test
    void growsBeyondItsFirstCapacityAndSharesCommuneNumbers() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder(1);
        for (int i = 0; i < 5000; i++) {
            builder.add(household("H" + i, i, "4900" + (i % 3), List.of("wine"), Map.of(), null));
        }
        HouseholdColumns columns = builder.build();
        assertEquals(5000, columns.size());
        assertEquals("H4999", columns.anonCode(4999));
        assertEquals(4999, columns.x(4999));
        assertEquals(3, columns.communeCodes().size());
        assertEquals("49001", columns.communeCode(4000));
        assertTrue(columns.memoryBytes() < 60L * 5000, "about 50 bytes per household");
    }

    @Test
    void aDateOutsideTheStorableRangeIsRefusedWithTheHousehold() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                builder.add(household("H9", 0, null, List.of(), Map.of(), LocalDate.of(1900, 1, 1))));
        assertTrue(e.getMessage().contains("H9"));
        assertTrue(e.getMessage().contains("last contact date"));
    }

    @Test
    void builderIsSingleUse() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        builder.build();
        assertThrows(IllegalStateException.class, () -> builder.add(household("H", 0, null, List.of(), Map.of(), null)));
    }
}
