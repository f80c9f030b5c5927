package org.geoprospect.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.geoprospect.ui.Messages;
import org.junit.jupiter.api.Test;

class StatusFormatterTest {
    private final StatusFormatter english = new StatusFormatter(Messages.forLocale(Locale.ENGLISH));
    private final StatusFormatter french = new StatusFormatter(Messages.forLocale(Locale.FRENCH));

    @Test
    void projectedPositionGroupsThousandsAndNamesLambert93() {
        assertEquals("X 432 874 m  Y 6 714 163 m  (Lambert-93)", english.projected(432_873.6, 6_714_163.2, 2154));
        assertEquals("X 12 m  Y -5 m  (EPSG:32630)", english.projected(12, -5, 32630));
    }

    @Test
    void geographicPositionShowsHemispheres() {
        assertEquals("47.47381° N  0.54774° W", english.geographic(-0.547741, 47.473811));
        assertEquals("47.47381° N  0.54774° O", french.geographic(-0.547741, 47.473811));
        assertEquals("33.90000° S  18.40000° E", english.geographic(18.4, -33.9));
    }

    @Test
    void scaleIsRoundedToThreeSignificantDigits() {
        assertEquals("Scale 1:250 000", english.scale(250_000));
        assertEquals("Scale 1:343 000", english.scale(342_820.01));
        assertEquals("Échelle 1:1 230", french.scale(1234.4));
    }
}
