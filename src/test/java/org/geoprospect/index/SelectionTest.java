package org.geoprospect.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelectionTest {
    @Test
    void setOperationsAddSubtractAndIntersect() {
        Selection a = Selection.of(200, 1, 5, 64, 130);
        Selection b = Selection.of(200, 5, 130, 199);
        assertArrayEquals(new int[] {1, 5, 64, 130, 199}, a.or(b).toArray());
        assertArrayEquals(new int[] {5, 130}, a.and(b).toArray());
        assertArrayEquals(new int[] {1, 64}, a.andNot(b).toArray());
        assertEquals(4, a.cardinality(), "operations leave their operands unchanged");
    }

    @Test
    void allCoversExactlyTheUniverse() {
        Selection all = Selection.all(130);
        assertEquals(130, all.cardinality());
        assertTrue(all.contains(129));
        assertFalse(all.contains(130));
        assertFalse(all.contains(-1));
        assertEquals(0, Selection.none(130).cardinality());
        assertEquals(130 - 2, all.andNot(Selection.of(130, 0, 129)).cardinality());
    }

    @Test
    void nextIdWalksTheSelection() {
        Selection s = Selection.of(300, 3, 70, 250);
        assertEquals(3, s.nextId(0));
        assertEquals(70, s.nextId(4));
        assertEquals(250, s.nextId(71));
        assertEquals(-1, s.nextId(251));
    }

    @Test
    void differentUniversesCannotBeCombined() {
        assertThrows(IllegalArgumentException.class, () -> Selection.of(10, 1).or(Selection.of(11, 1)));
        assertThrows(IndexOutOfBoundsException.class, () -> Selection.of(10, 10));
    }

    @Test
    void builderIsSingleUse() {
        SelectionBuilder builder = new SelectionBuilder(10).add(2).add(2);
        assertEquals(1, builder.build().cardinality());
        assertThrows(IllegalStateException.class, builder::build);
    }
}
