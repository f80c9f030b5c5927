package org.geoprospect.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class RoadNetworkTest {
    @Test
    void roadDistanceFollowsTheLinesAndAddsAccessLegs() throws Exception {
        WKTReader wkt = new WKTReader();
        // An L-shaped road: (0,0) -> (1000,0) -> (1000,1000), and a separate road far away.
        List<Geometry> lines = List.of(wkt.read("LINESTRING (0 0, 1000 0)"), wkt.read("LINESTRING (1000 0, 1000 1000)"),
                wkt.read("LINESTRING (5000 5000, 6000 5000)"));
        RoadNetwork network = RoadNetwork.of(lines);
        // Vertices every 100 m: 11 on the first line, 10 more on the second (one shared), 11 on the far one.
        assertEquals(32, network.nodeCount());
        // Place 0 is 10 m below (0,0); place 1 is 20 m right of (1000,1000); place 2 lies on the far road.
        MatrixCost cost = network.costs(new double[] {0, 1020, 5000}, new double[] {-10, 1000, 5000}, 1.3, ProgressMonitor.NONE);
        assertEquals(10 + 2000 + 20, cost.cost(0, 1), 1e-9);
        assertEquals(cost.cost(0, 1), cost.cost(1, 0), 1e-9);
        // A place beside the middle of a long segment snaps to the road there, not to a line end.
        MatrixCost middle = network.costs(new double[] {500, 1000}, new double[] {30, 990}, 1.3, ProgressMonitor.NONE);
        // (500, 30) joins at (500, 0); (1000, 990) at the vertex (1000, 1000), 10 m away.
        assertEquals(30 + 500 + 1000 + 10, middle.cost(0, 1), 1e-9);
        // Not connected: straight line times the detour factor.
        assertEquals(Math.hypot(5000, 5010) * 1.3, cost.cost(0, 2), 1e-6);
    }
}
