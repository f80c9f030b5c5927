package org.geoprospect.analysis.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.StringWriter;
import java.util.List;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.analysis.GridFixture;
import org.geoprospect.index.Selection;
import org.junit.jupiter.api.Test;

class SectorPotentialTest {
    private final AnalysisData data = GridFixture.data();

    @Test
    void countsPerSectorFromTheGrid() {
        // Sector W holds cols 0-4 (50 households), E cols 5-9 (50). Matching: the 7 ids 0, 1, 2 (W) and 95..98 (E).
        Selection matching = Selection.of(100, 0, 1, 2, 95, 96, 97, 98);
        List<SectorPotential> rows = SectorPotentialCalculator.compute(data, matching);
        assertEquals("W", rows.get(0).code());
        assertEquals(50, rows.get(0).households());
        assertEquals(3, rows.get(0).matchingProspects());
        assertEquals(0, rows.get(0).clients(), "C2 in W is a former client");
        assertEquals(1, rows.get(1).clients(), "C1 at (9, 0) is in E");
        assertEquals(20.0, rows.get(1).penetration(), 1e-9);
        assertEquals(4, rows.get(1).remainingPotential(),
                "households only: the company client C1 does not take a household off the potential");
        assertEquals(3, rows.get(0).remainingPotential());
    }

    @Test
    void countsUnderTenAreMaskedAndZeroIsNot() {
        SectorPotentialRow row = SectorPotentialRow.of(new SectorPotential("S", "Small", 9, 0, 2, 222.2, 0));
        assertEquals("<10", row.households());
        assertEquals("0", row.matchingProspects());
        assertNull(row.penetrationPerThousand());
        SectorPotentialRow big = SectorPotentialRow.of(new SectorPotential("B", "Big", 10, 10, 1, 100, 9));
        assertEquals("10", big.households());
        assertEquals("<10", big.remainingPotential());
        assertEquals(100.0, big.penetrationPerThousand());
    }

    @Test
    void csvHasAHeaderAndQuotesNames() throws Exception {
        StringWriter out = new StringWriter();
        SectorPotentialCsv.write(List.of(new SectorPotentialRow("S1", "Cholet, Sud", "<10", "0", 3, null, "0"),
                new SectorPotentialRow("S2", "=cmd", "120", "40", 2, 16.67, "38")), out);
        assertEquals(SectorPotentialCsv.HEADER + "\r\nS1,\"Cholet, Sud\",<10,0,3,,0\r\nS2,'=cmd,120,40,2,16.67,38\r\n",
                out.toString());
    }
}
