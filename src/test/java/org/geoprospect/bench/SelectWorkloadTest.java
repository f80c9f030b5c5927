package org.geoprospect.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.Household;
import org.junit.jupiter.api.Test;

class SelectWorkloadTest {
    /** 200 × 200 households 10 m apart, plus a dense 20 × 20 block at 1 m spacing around (1500, 1500). */
    private static HouseholdColumns grid() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        int n = 0;
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < 200; j++) {
                builder.add(household(n++, i * 10.0, j * 10.0));
            }
        }
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 20; j++) {
                builder.add(household(n++, 1490.5 + i, 1490.5 + j));
            }
        }
        return builder.build();
    }

    private static Household household(int n, double x, double y) {
        return new Household(String.format("H%07d", n), 0, 0, x, y, "49007", List.of(), 2, null, null, Map.of(), null, null);
    }

    @Test
    void polygonHoldsAboutThreeAndAHalfPercentAroundTheDensestCell() {
        HouseholdColumns households = grid();
        PackedPointIndex index = PackedPointIndex.of(households);

        SelectWorkload workload = SelectWorkload.of(households, index);

        int wanted = (int) Math.round(households.size() * SelectWorkload.POLYGON_SHARE);
        assertTrue(Math.abs(workload.polygonHits() - wanted) <= wanted * 0.05, workload.polygonHits() + " vs " + wanted);
        assertEquals(workload.polygonHits(), index.selectPolygon(workload.polygon()).cardinality());
        assertEquals(65, workload.polygon().getCoordinates().length, "64 vertices and the closing one");
        // The dense block's cell (64 x 64 cells over ~2 km: ~31 m wide) holds the centre.
        assertEquals(1500, workload.centreX(), 31);
        assertEquals(1500, workload.centreY(), 31);
    }

    @Test
    void competitorsAreTenThousandAndTheSameEveryTime() {
        HouseholdColumns households = grid();
        PackedPointIndex index = PackedPointIndex.of(households);

        SelectWorkload first = SelectWorkload.of(households, index);
        SelectWorkload second = SelectWorkload.of(households, index);

        assertEquals(SelectWorkload.COMPETITORS, first.competitorX().length);
        assertArrayEquals(first.competitorX(), second.competitorX());
        assertArrayEquals(first.competitorY(), second.competitorY());
        for (int k = 0; k < first.competitorX().length; k++) {
            assertTrue(first.competitorX()[k] >= -2000 && first.competitorX()[k] <= 1990 + 2000);
        }
    }

    @Test
    void notesJoinOnlyThePartsGiven() {
        assertEquals("a; b", Notes.join("a", null, " ", "b"));
        assertEquals(null, Notes.join(null, null));
    }
}
