package org.geoprospect.geo.crs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class AreaOfUseTest {
    private final AreaOfUse france = new AreaOfUse(-9.86, 41.15, 10.38, 51.56);
    /** NAD27's EPSG box, which crosses the antimeridian. */
    private final AreaOfUse nad27 = new AreaOfUse(167.65, 7.15, -47.74, 83.17);

    @Test
    void envelopeInsideIsNotOutside() {
        assertFalse(france.isOutside(new Envelope(-0.6, -0.5, 47.4, 47.5)));
        assertFalse(france.isOutside(new Envelope(-9.86, 10.38, 41.15, 51.56)));
    }

    @Test
    void marginAbsorbsSmallOverflowsOnly() {
        assertFalse(france.isOutside(new Envelope(-9.9, 0, 45, 46)));
        assertTrue(france.isOutside(new Envelope(-10.5, 0, 45, 46)));
        assertTrue(france.isOutside(new Envelope(0, 1, 51, 52)));
        assertFalse(france.covers(-9.9, 45, 0, 46, 0));
    }

    @Test
    void envelopePartlyOrWhollyElsewhereIsOutside() {
        assertTrue(france.isOutside(new Envelope(5, 15, 45, 46)));
        assertTrue(france.isOutside(new Envelope(100, 101, 10, 11)));
    }

    @Test
    void nullOrEmptyEnvelopeIsNotFlagged() {
        assertFalse(france.isOutside(null));
        assertFalse(france.isOutside(new Envelope()));
    }

    @Test
    void antimeridianBoxCoversBothSides() {
        assertTrue(nad27.crossesAntimeridian());
        assertTrue(nad27.contains(-100, 40));
        assertTrue(nad27.contains(170, 52));
        assertFalse(nad27.contains(0, 40));
        assertFalse(nad27.isOutside(new Envelope(-125, -67, 25, 49)));
        assertTrue(nad27.isOutside(new Envelope(-10, 5, 40, 50)));
    }

    @Test
    void invalidBoxIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AreaOfUse(0, 10, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new AreaOfUse(-200, 0, 1, 5));
    }
}
