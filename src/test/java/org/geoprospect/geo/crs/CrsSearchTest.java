package org.geoprospect.geo.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrsSearchTest {
    private static List<Integer> codes(List<EpsgEntry> entries) {
        return entries.stream().map(EpsgEntry::code).toList();
    }

    @Test
    void wordsFindTheUsualCrsFirst() {
        List<EpsgEntry> hits = CrsSearch.searchable("lambert 93");
        assertEquals(2154, hits.get(0).code());
        assertEquals("EPSG:2154 RGF93 / Lambert-93", hits.get(0).label());
        for (EpsgEntry hit : hits) {
            String name = GeodeticDatum.normalise(hit.name());
            assertTrue(name.contains("LAMBERT") && name.contains("93"), hit.name());
        }
    }

    @Test
    void codeComesFirst() {
        assertEquals(27572, CrsSearch.searchable("27572").get(0).code());
        assertEquals("NTF (Paris) / Lambert zone II", CrsSearch.searchable("27572").get(0).name());
    }

    @Test
    void utmZoneQueryListsEveryDatum() {
        List<Integer> codes = codes(CrsSearch.searchable("UTM zone 31N", 500));
        assertTrue(codes.containsAll(List.of(32631, 25831)), codes.toString());
        assertTrue(codes.indexOf(32631) < codes.indexOf(23031), "catalogue CRSs before others: " + codes);
        assertTrue(!codes.contains(32731), codes.toString());
    }

    @Test
    void searchIgnoresCaseAccentsAndPunctuation() {
        assertEquals(codes(CrsSearch.searchable("rgf93 cc46")), codes(CrsSearch.searchable("RGF93/CC-46")));
        assertEquals(3946, CrsSearch.searchable("rgf93 cc46").get(0).code());
        assertEquals(List.of(), CrsSearch.searchable("no such crs anywhere"));
    }

    @Test
    void blankQueryListsTheCatalogueAndLimitHolds() {
        assertEquals(200, CrsSearch.searchable("", 1000).size());
        assertEquals(200, CrsSearch.searchable(null, 1000).size());
        assertEquals(5, CrsSearch.searchable("wgs", 5).size());
        assertThrows(IllegalArgumentException.class, () -> CrsSearch.searchable("x", 0));
    }

    @Test
    void deprecatedCodesComeLast() {
        List<EpsgEntry> hits = CrsSearch.searchable("NTF Paris France II", 50);
        // 27582 "NTF (Paris) / France II (deprecated)" is the only match: it is found, flagged, not hidden.
        assertTrue(hits.stream().anyMatch(e -> e.code() == 27582 && e.deprecated()), hits.toString());
    }
}
