package org.geoprospect.ui.tour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalTime;
import org.geoprospect.tour.DayRules;
import org.junit.jupiter.api.Test;

/** The typed start, end and day rules (plain JavaFX properties: no toolkit needed). */
class StartEndFieldsTest {
    @Test
    void lonLatAcceptsCommaAndFrenchDecimalCommas() {
        assertArrayEquals(new double[] {-0.5536, 47.4736}, StartEndFields.lonLat("-0.5536,47.4736", "start"), 1e-12);
        assertArrayEquals(new double[] {-0.5536, 47.4736}, StartEndFields.lonLat("-0,5536; 47,4736", "start"), 1e-12);
        assertArrayEquals(new double[] {-0.5536, 47.4736}, StartEndFields.lonLat("-0.5536 47.4736", "start"), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StartEndFields.lonLat("Angers", "start"));
        assertEquals("The start 'Angers' is not a WGS84 longitude,latitude; type it as e.g. -0.5536,47.4736 (Angers).", e.getMessage());
    }

    @Test
    void aPickedPointComesBackExactlyUntilTheTextIsEdited() {
        StartEndFields fields = new StartEndFields();
        MapPoint picked = new MapPoint(430_123.456, 6_710_987.654);
        fields.showStart(picked);
        assertEquals(picked, fields.start());
        fields.startProperty().set("-0.5536,47.4736");
        MapPoint typed = fields.start();
        // Angers in Lambert-93 is about (430 km, 6 710 km).
        assertEquals(430_000, typed.x(), 5_000);
        assertEquals(6_711_000, typed.y(), 5_000);
        assertNull(fields.end(), "empty end: back to the start");
    }

    @Test
    void emptyStartAsksForIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StartEndFields().start());
        assertEquals("Give the start of the days: the office's longitude,latitude (e.g. -0.5536,47.4736 for Angers), "
                + "or pick it on the map.", e.getMessage());
    }

    @Test
    void rulesAreReadFromTheFieldsWithEmptyLimits() {
        DayRulesForm form = new DayRulesForm();
        form.maxPerDayProperty().set("8");
        form.dayStartProperty().set("8h30");
        form.visitMinutesProperty().set("45");
        assertEquals(new DayRules(LocalTime.of(8, 30), LocalTime.of(18, 0), Duration.ofMinutes(45), 40, 8, 0), form.rules());
        form.maxDaysProperty().set("-2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, form::rules);
        assertEquals("The number of days '-2' is not a whole number; type e.g. 8, or leave it empty for no limit.", e.getMessage());
    }
}
