package org.geoprospect.analysis.aggregation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DotSizeTest {
    /** count → {large, medium, small}, worked out by hand. */
    private static void check(int count, int large, int medium, int small) {
        assertArrayEquals(new int[] {large, medium, small}, DotSize.decompose(count), "count " + count);
    }

    @Test
    void decomposesGreedilyFromTheLargestDot() {
        check(0, 0, 0, 0);
        check(9, 0, 0, 0);
        check(10, 0, 0, 1);
        check(19, 0, 0, 1);
        check(20, 0, 0, 2);
        check(24, 0, 0, 2);
        check(25, 0, 1, 0);
        check(35, 0, 1, 1);
        check(49, 0, 1, 2);
        check(50, 1, 0, 0);
        check(87, 1, 1, 1);
        check(130, 2, 1, 0);
        check(1000, 20, 0, 0);
    }

    @Test
    void theUndrawnRemainderIsUnderTen() {
        assertEquals(85, DotSize.represented(87));
        assertEquals(125, DotSize.represented(130));
        assertEquals(0, DotSize.represented(9));
        for (int count = 0; count < 500; count++) {
            int rest = count - DotSize.represented(count);
            assertEquals(true, rest >= 0 && rest < 10, "count " + count);
        }
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DotSize.decompose(-1));
    }
}
