package org.geoprospect.geo.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GridFreeDatumsTest {
    @Test
    void nadDatumsAreRewrittenWithTheirEpsgShifts() {
        assertEquals(Optional.of("+proj=utm +zone=10 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs"),
                GridFreeDatums.definition(26910));
        assertEquals(Optional.of("+proj=longlat +ellps=clrk66 +towgs84=-8,160,176,0,0,0,0 +no_defs"),
                GridFreeDatums.definition(4267));
    }

    @Test
    void otherDatumsAreLeftToCts() {
        assertEquals(Optional.empty(), GridFreeDatums.definition(2154));
        assertEquals(Optional.empty(), GridFreeDatums.definition(27572));
        assertEquals(Optional.empty(), GridFreeDatums.definition(999_999));
    }
}
