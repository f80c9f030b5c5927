package org.geoprospect.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {
    @Test
    void frenchNumbersBecomeTenDigits() {
        for (String typed : new String[] {"06 12 34 56 78", "06.12.34.56.78", "+33 6 12 34 56 78", "+33612345678",
                "0033 6 12 34 56 78", "+33 (0)6 12 34 56 78", "612345678", " 06-12-34-56-78 "}) {
            assertEquals("0612345678", PhoneNumbers.normalise(typed), typed);
        }
    }

    @Test
    void otherCountriesKeepTheirCodeBehindZeroZero() {
        assertEquals("00442079460000", PhoneNumbers.normalise("+44 20 7946 0000"));
        assertEquals("003225551234", PhoneNumbers.normalise("0032 2 555 12 34"));
    }

    @Test
    void theDisplayFormGroupsFrenchNumbersInPairs() {
        assertEquals("06 12 34 56 78", PhoneNumbers.forDisplay("+33612345678"));
        assertEquals("00 442079460000", PhoneNumbers.forDisplay("+44 20 7946 0000"));
        assertNull(PhoneNumbers.forDisplay(""));
    }

    @Test
    void nothingDialableGivesNull() {
        assertNull(PhoneNumbers.normalise(null));
        assertNull(PhoneNumbers.normalise(" - "));
    }

    @Test
    void anObjectionMustNameSomeone() {
        assertThrows(IllegalArgumentException.class, () -> new Objection(" ", "", null, null, null, "x"));
        Objection o = new Objection(null, " A@B.FR ", "+33 6 00 00 00 01", null, null, "file");
        assertEquals("a@b.fr", o.email());
        assertEquals("0600000001", o.phone());
        assertEquals(false, o.toString().contains("a@b.fr"), "toString masks the email");
    }
}
