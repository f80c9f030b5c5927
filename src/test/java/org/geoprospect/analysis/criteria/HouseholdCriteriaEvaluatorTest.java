package org.geoprospect.analysis.criteria;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.analysis.GridFixture;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Channel;
import org.junit.jupiter.api.Test;

/** Criteria over the 10 × 10 grid of {@link GridFixture}: each expected set follows from the grid's rules. */
class HouseholdCriteriaEvaluatorTest {
    private final AnalysisData data = GridFixture.data();

    private void check(Criteria criteria, IntPredicate expected) {
        Selection selection = HouseholdCriteriaEvaluator.evaluate(criteria, data, null);
        int[] wanted = IntStream.range(0, 100).filter(expected).toArray();
        assertArrayEquals(wanted, selection.toArray());
    }

    private static int row(int id) {
        return id / 10;
    }

    private static int col(int id) {
        return id % 10;
    }

    @Test
    void noCriterionSelectsEveryHousehold() {
        assertEquals(100, HouseholdCriteriaEvaluator.evaluate(Criteria.NONE, data, null).cardinality());
    }

    @Test
    void interestsAnyIsAnOrAndAllIsAnAnd() {
        check(Criteria.builder().interestsAny(List.of("mountain_bike")).build(), id -> col(id) % 2 == 0);
        check(Criteria.builder().interestsAny(List.of("mountain_bike", "picnic")).build(),
                id -> col(id) % 2 == 0 || row(id) % 2 == 0);
        check(Criteria.builder().interestsAll(List.of("mountain_bike", "picnic")).build(),
                id -> col(id) % 2 == 0 && row(id) % 2 == 0);
    }

    @Test
    void profileBandsAndSize() {
        check(Criteria.builder().householdSize(2, 3).build(), id -> 1 + col(id) % 4 >= 2 && 1 + col(id) % 4 <= 3);
        check(Criteria.builder().ageBands(List.of("A0", "A2")).build(), id -> row(id) % 3 != 1);
        check(Criteria.builder().incomeBands(List.of("I1")).build(), id -> col(id) % 2 == 1);
        check(Criteria.builder().ageBands(List.of("nowhere")).build(), id -> false);
    }

    @Test
    void communeAndSector() {
        check(Criteria.builder().communes(List.of("49002")).build(), id -> col(id) >= 5);
        check(Criteria.builder().sectors(List.of("W")).build(), id -> col(id) < 5);
        check(Criteria.builder().sectors(List.of("W", "E")).build(), id -> true);
    }

    @Test
    void consentOnAnyListedChannel() {
        check(Criteria.builder().consentChannels(List.of("email")).build(), id -> id % 3 == 0);
        check(Criteria.builder().consentChannels(List.of("email", "phone")).build(), id -> id % 3 == 0 || id % 5 == 0);
    }

    @Test
    void notContactedInTheLastNDays() {
        // Odd ids were contacted id days ago; the last 30 days are today-29..today, so id >= 30 passes.
        check(Criteria.builder().notContactedDays(30).build(), id -> id % 2 == 0 || id >= 30);
    }

    @Test
    void distanceToTheNearestCompetitor() {
        // K1 at (0,0) and K2 at (9,9): within 2 km of either.
        check(Criteria.builder().competitorKm(null, 2.0).build(), id -> {
            double d1 = Math.hypot(col(id), row(id));
            double d2 = Math.hypot(9 - col(id), 9 - row(id));
            return Math.min(d1, d2) <= 2.0;
        });
        check(Criteria.builder().competitorKm(6.0, null).build(), id -> {
            double d1 = Math.hypot(col(id), row(id));
            double d2 = Math.hypot(9 - col(id), 9 - row(id));
            return Math.min(d1, d2) >= 6.0;
        });
    }

    @Test
    void distanceToTheNearestClientCountsOnlyCategoryClient() {
        // C1 (client) at (9, 0); C2 is a former client and does not count.
        check(Criteria.builder().clientKm(null, 1.0).build(), id -> Math.hypot(9 - col(id), row(id)) <= 1.0);
    }

    @Test
    void categoriesWithoutProspectSelectNoHousehold() {
        check(Criteria.builder().categories(List.of("client")).build(), id -> false);
        check(Criteria.builder().categories(List.of("client", "prospect")).build(), id -> true);
    }

    @Test
    void objectedHouseholdsAreRemovedForTheirChannel() {
        ObjectionFilter filter = (households, channel) -> channel == Channel.EMAIL
                ? Selection.of(households.size(), 0, 3, 6) : Selection.none(households.size());
        AnalysisData withObjections = new AnalysisData(GridFixture.households(),
                org.geoprospect.index.PackedPointIndex.of(GridFixture.households()), GridFixture.clients(),
                GridFixture.competitors(), GridFixture.sectors(), 2154, GridFixture.CLOCK, filter, ContactHistory.NONE);
        Criteria criteria = Criteria.builder().consentChannels(List.of("email")).notObjectedChannel("email").build();
        Selection selection = HouseholdCriteriaEvaluator.evaluate(criteria, withObjections, null);
        assertArrayEquals(IntStream.range(0, 100).filter(id -> id % 3 == 0 && id != 0 && id != 3 && id != 6).toArray(),
                selection.toArray());
    }

    @Test
    void phoneRulesUseTheContactHistory() {
        int today = (int) GridFixture.TODAY.toEpochDay();
        ContactHistory history = new ContactHistory() {
            @Override
            public int phoneAttempts(int householdId, int fromDay, int toDay) {
                // Household 1: 4 attempts 10 days ago; household 2: 4 attempts 30 days ago (outside the window).
                int day = householdId == 1 ? today - 10 : householdId == 2 ? today - 30 : Integer.MIN_VALUE;
                return householdId <= 2 && day >= fromDay && day <= toDay ? 4 : 0;
            }

            @Override
            public int lastPhoneRefusalDay(int householdId) {
                // Household 3 refused 59 days ago (still quiet), household 4 refused 60 days ago (may be called).
                return householdId == 3 ? today - 59 : householdId == 4 ? today - 60 : HouseholdColumns.NO_DATE;
            }
        };
        AnalysisData withHistory = new AnalysisData(GridFixture.households(),
                org.geoprospect.index.PackedPointIndex.of(GridFixture.households()), GridFixture.clients(),
                GridFixture.competitors(), GridFixture.sectors(), 2154, GridFixture.CLOCK, ObjectionFilter.NONE, history);
        Selection selection = HouseholdCriteriaEvaluator.evaluate(Criteria.builder().phoneRules(true).build(), withHistory, null);
        assertEquals(98, selection.cardinality());
        assertTrue(!selection.contains(1) && selection.contains(2) && !selection.contains(3) && selection.contains(4));
        assertEquals(100, HouseholdCriteriaEvaluator.evaluate(Criteria.builder().phoneRules(true).build(), data, null).cardinality(),
                "with no history recorded the rules let everyone through");
    }

    @Test
    void criteriaCombineWithAnd() {
        check(Criteria.builder().interestsAny(List.of("mountain_bike")).consentChannels(List.of("email"))
                        .sectors(List.of("E")).build(),
                id -> col(id) % 2 == 0 && id % 3 == 0 && col(id) >= 5);
    }

    @Test
    void unknownCodesAreOneSentence() {
        IllegalArgumentException interest = assertThrows(IllegalArgumentException.class, () ->
                HouseholdCriteriaEvaluator.evaluate(Criteria.builder().interestsAny(List.of("vtt")).build(), data, null));
        assertTrue(interest.getMessage().startsWith("Unknown interest 'vtt'"), interest.getMessage());
        IllegalArgumentException sector = assertThrows(IllegalArgumentException.class, () ->
                HouseholdCriteriaEvaluator.evaluate(Criteria.builder().sectors(List.of("Z")).build(), data, null));
        assertTrue(sector.getMessage().contains("W, E"), sector.getMessage());
        assertThrows(IllegalArgumentException.class, () ->
                HouseholdCriteriaEvaluator.evaluate(Criteria.builder().consentChannels(List.of("fax")).build(), data, null));
    }
}
