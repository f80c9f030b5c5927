package org.geoprospect.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.junit.jupiter.api.Test;

/**
 * Two builders filled with the two halves of a list and joined give exactly the columns one builder
 * fed the whole list gives, although their code tables number the communes and bands differently.
 */
class HouseholdColumnsAppendTest {
    @Test
    void joiningTwoHalvesEqualsOnePass() {
        List<Household> all = new ArrayList<>();
        String[] communes = {"49007", "49099", null, "44003"};
        String[] ages = {"35-49", null, "65+", "18-24"};
        for (int i = 0; i < 40; i++) {
            Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
            if (i % 3 == 0) {
                consents.put(Channel.EMAIL, new Consent(true, LocalDate.of(2024, 1 + i % 12, 1)));
            }
            if (i % 5 == 0) {
                consents.put(Channel.PHONE, new Consent(false, null));
            }
            // The second half meets the values in another order, so its tables number them differently.
            int k = i < 20 ? i : 39 - i;
            all.add(new Household("H" + i + (i % 7 == 0 ? "é" : ""), -0.5 + i * 0.01, 47.4, 400_000 + i, 6_700_000 - i,
                    communes[k % 4], i % 2 == 0 ? List.of("picnic", "hiking") : List.of("travel"), 1 + i % 4,
                    ages[(k + 1) % 4], i % 4 == 0 ? null : "B" + (k % 3), consents, i % 6 == 0 ? null : "web_form" + (k % 2),
                    i % 4 == 0 ? null : LocalDate.of(2025, 6, 1 + i % 28)));
        }
        HouseholdColumnsBuilder whole = HouseholdColumns.builder(4);
        all.forEach(whole::add);
        HouseholdColumns expected = whole.build();

        HouseholdColumnsBuilder first = HouseholdColumns.builder(2);
        HouseholdColumnsBuilder second = HouseholdColumns.builder(2);
        all.subList(0, 20).forEach(first::add);
        all.subList(20, 40).forEach(second::add);
        first.appendAll(second);
        HouseholdColumns joined = first.build();

        assertEquals(expected.size(), joined.size());
        for (int id = 0; id < expected.size(); id++) {
            assertEquals(describe(expected, id), describe(joined, id), "household " + id);
        }
        assertThrows(IllegalStateException.class, () -> second.add(all.get(0)), "the joined builder is used up");
    }

    /** Everything the columns say about one household, decoded. */
    private static String describe(HouseholdColumns c, int id) {
        StringBuilder s = new StringBuilder();
        s.append(c.anonCode(id)).append('|').append(c.x(id)).append('|').append(c.y(id)).append('|')
                .append(c.communeCode(id)).append('|').append(c.interestMask(id)).append('|')
                .append(c.householdSize(id)).append('|').append(band(c.ageBands(), c.ageBandIndex(id))).append('|')
                .append(band(c.incomeBands(), c.incomeBandIndex(id))).append('|')
                .append(band(c.consentSources(), c.consentSourceIndex(id))).append('|').append(c.lastContactDay(id))
                .append('|').append(c.consentMask(id));
        for (Channel channel : Channel.values()) {
            s.append('|').append(c.consentDay(id, channel));
        }
        return s.toString();
    }

    private static String band(List<String> values, int index) {
        return index < 0 ? "-" : values.get(index);
    }
}
