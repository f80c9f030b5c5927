package org.geoprospect.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
    private static void checkLength(double metresPerPixel, double maxPixels, double expectedMetres) {
        assertEquals(expectedMetres, ScaleBar.chooseLength(metresPerPixel, maxPixels), expectedMetres * 1e-9);
    }

    @Test
    void choosesTheLongestRoundLengthThatFits() {
        checkLength(100, 150, 10_000);   // 15 km fit: 10 km
        checkLength(100, 250, 20_000);   // 25 km fit: 20 km
        checkLength(100, 500, 50_000);   // 50 km fit exactly
        checkLength(100, 99, 5_000);     // 9.9 km fit: 5 km
        checkLength(1, 150, 100);
        checkLength(0.01, 150, 1);
        checkLength(0.001, 150, 0.1);
    }

    @Test
    void choiceIsAOneTwoOrFiveTimesAPowerOfTen() {
        for (double mpp = 0.013; mpp < 20_000; mpp *= 1.37) {
            double metres = ScaleBar.chooseLength(mpp, 150);
            double mantissa = metres / Math.pow(10, Math.floor(Math.log10(metres) + 1e-12));
            assertEquals(true, Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                    "length " + metres + " at " + mpp + " m/px");
            assertEquals(true, metres / mpp <= 150 + 1e-6, "bar too long at " + mpp);
            assertEquals(true, metres / mpp > 150 / 2.5 - 1e-6, "bar needlessly short at " + mpp);
        }
    }

    @Test
    void labelsUseKilometresFromOneThousandMetres() {
        assertEquals("500 m", ScaleBar.label(500));
        assertEquals("1 km", ScaleBar.label(1000));
        assertEquals("20 km", ScaleBar.label(20_000));
        assertEquals("0.5 m", ScaleBar.label(0.5));
    }
}
