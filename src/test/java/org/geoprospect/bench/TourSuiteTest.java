package org.geoprospect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TourSuiteTest {
    @Test
    void everyInstanceTravelsInTheJarWithItsNodeCount() throws Exception {
        Map<String, Integer> nodes = Map.of("eil51", 51, "berlin52", 52, "kroA100", 100, "ch150", 150, "a280", 280,
                "pr1002", 1002);
        assertEquals(nodes.size(), TourSuite.CASES.size());
        for (TourSuite.Case c : TourSuite.CASES) {
            assertEquals(nodes.get(c.name()), TourSuite.load(c.name()).x().length, c.name());
        }
    }
}
