package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Quality on TSPLIB instances with published optima, deterministic: a fixed seed and a fixed number
 * of rounds (no clock), with a bound generous enough never to flake (the solver reaches the
 * optimum on both with these settings; 5% is the contract).
 */
class TsplibQualityTest {
    @ParameterizedTest
    @ValueSource(strings = {"eil51", "berlin52"})
    void withinFivePercentOfTheOptimum(String name) throws Exception {
        TsplibCase c = TsplibCase.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        TsplibInstance instance = c.load();
        TourSolver.Tour tour = TourSolver.solve(instance.cost(), SolverOptions.iterations(1, 5_000));
        TourSolverTest.assertPermutation(tour.order(), instance.x().length);
        assertTrue(tour.length() >= c.optimum(), "shorter than the published optimum: " + tour.length());
        assertTrue(tour.length() <= c.optimum() * 1.05, name + ": " + tour.length() + " vs optimum " + c.optimum());
    }

    @Test
    void readsTheSixInstancesWithTheirDimensions() throws Exception {
        int[] sizes = {51, 52, 100, 150, 280, 1002};
        for (int i = 0; i < sizes.length; i++) {
            assertEquals(sizes[i], TsplibCase.ALL.get(i).load().x().length);
        }
    }

    @Test
    void refusesOtherEdgeWeightTypes() {
        String text = "NAME: x\nDIMENSION: 1\nEDGE_WEIGHT_TYPE: GEO\nNODE_COORD_SECTION\n1 0 0\nEOF\n";
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> TsplibInstance.read(new StringReader(text), "x.tsp"));
        assertTrue(e.getMessage().contains("only EUC_2D"));
    }
}
