package org.geoprospect.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Household;
import org.geoprospect.render.points.ClientSizing;
import org.geoprospect.render.points.PointLayers;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** Zoom to selection: the envelope of what is selected, never smaller than 1 km. */
class SelectionExtentTest {
    private static final PointLayers POINTS = points();

    private static PointLayers points() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        double[][] xy = {{10_000, 20_000}, {13_000, 20_500}, {11_000, 24_000}, {90_000, 90_000}};
        for (int i = 0; i < xy.length; i++) {
            builder.add(new Household("H" + i, 0, 0, xy[i][0], xy[i][1], "49007", List.of(), 2, null, null, Map.of(), null, null));
        }
        HouseholdColumns households = builder.build();
        List<Client> clients = List.of(
                new Client("C0", "A", ContactCategory.CLIENT, "retail", 0, 0, 5_000, 30_000, 0, 0, 0, null, null, 0, false, false),
                new Client("C1", "B", ContactCategory.CLIENT, "retail", 0, 0, 500, 700, 0, 0, 0, null, null, 0, false, false));
        return new PointLayers(households, PackedPointIndex.of(households), null, clients, List.of(), ClientSizing.NONE);
    }

    /** The ids of the households at these coordinates (the columns may store them in another order). */
    private static int[] idsAt(double... xs) {
        HouseholdColumns columns = POINTS.households();
        int[] ids = new int[xs.length];
        for (int k = 0; k < xs.length; k++) {
            for (int id = 0; id < columns.size(); id++) {
                if (columns.x(id) == xs[k]) {
                    ids[k] = id;
                }
            }
        }
        return ids;
    }

    @Test
    void threeHouseholdsGiveTheirEnvelope() {
        Selection three = Selection.of(4, idsAt(10_000, 13_000, 11_000));
        assertEquals(new Envelope(10_000, 13_000, 20_000, 24_000), SelectionExtent.of(POINTS, three, null).orElseThrow());
    }

    @Test
    void oneHouseholdGivesOneKilometreAroundIt() {
        Selection one = Selection.of(4, idsAt(90_000));
        assertEquals(new Envelope(89_500, 90_500, 89_500, 90_500), SelectionExtent.of(POINTS, one, null).orElseThrow());
    }

    @Test
    void aThinRowIsWidenedOnlyAcrossIt() {
        Selection row = Selection.of(4, idsAt(10_000, 13_000));
        // 3 km wide, 500 m high: the height grows to 1 km about the middle (20,250).
        assertEquals(new Envelope(10_000, 13_000, 19_750, 20_750), SelectionExtent.of(POINTS, row, null).orElseThrow());
    }

    @Test
    void selectedClientsCountToo() {
        Selection households = Selection.of(4, idsAt(10_000));
        Selection clients = Selection.of(2, 0);
        assertEquals(new Envelope(5_000, 10_000, 20_000, 30_000), SelectionExtent.of(POINTS, households, clients).orElseThrow());
        assertEquals(new Envelope(0, 1_000, 200, 1_200), SelectionExtent.of(POINTS, null, Selection.of(2, 1)).orElseThrow());
    }

    @Test
    void nothingSelectedGivesNothing() {
        assertTrue(SelectionExtent.of(POINTS, null, null).isEmpty());
        assertTrue(SelectionExtent.of(POINTS, Selection.none(4), Selection.none(2)).isEmpty());
        assertTrue(SelectionExtent.of(null, Selection.all(4), null).isEmpty());
        assertFalse(SelectionExtent.anySelected(Selection.none(4), null));
        assertTrue(SelectionExtent.anySelected(null, Selection.of(2, 1)));
    }
}
