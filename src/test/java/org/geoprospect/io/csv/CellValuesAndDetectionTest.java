package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CellValuesAndDetectionTest {
    private static void checkNumber(String cell, boolean decimalComma, double expected) {
        assertEquals(expected, CellValues.number(cell, decimalComma), cell);
    }

    @Test
    void numbersWithDecimalCommasAndGroupSeparators() {
        checkNumber("12,5", true, 12.5);
        checkNumber("-0,54774", true, -0.54774);
        checkNumber("1 234,5", true, 1234.5);
        checkNumber("1\u202F234,5 €", true, 1234.5);
        checkNumber("1.234,5", true, 1234.5);
        checkNumber("1.5e3", false, 1500);
        assertTrue(Double.isNaN(CellValues.number("12,5", false)), "a comma in a comma-separated file is no decimal");
        assertTrue(Double.isNaN(CellValues.number("1,234,5", true)));
        assertTrue(Double.isNaN(CellValues.number("12f", false)), "Java's float suffix is not a number in a file");
        assertTrue(Double.isNaN(CellValues.number("NaN", false)));
        assertTrue(Double.isNaN(CellValues.number("0x10", false)));
    }

    @Test
    void datesIsoFrenchAndGarbage() {
        assertEquals(LocalDate.of(2024, 5, 12), CellValues.date("2024-05-12", null));
        assertEquals(LocalDate.of(2024, 5, 12), CellValues.date("12/05/2024", null));
        assertEquals(LocalDate.of(2024, 5, 2), CellValues.date("2/5/2024", null));
        assertEquals(LocalDate.of(2024, 5, 12), CellValues.date("12/05/2024 00:00", null));
        assertEquals(LocalDate.of(2024, 5, 12), CellValues.date("2024-05-12T10:15:00Z", null));
        assertNull(CellValues.date("12/05/24", null), "two-digit year");
        assertNull(CellValues.date("31/02/2024", null));
        assertNull(CellValues.date("13/13/2024", null));
        assertNull(CellValues.date("12 mai 2024", null));
        assertNull(CellValues.date("2024-05", null));
    }

    @Test
    void booleansInFrenchAndEnglish() {
        for (String yes : new String[] {"true", "TRUE", "1", "oui", "Oui", "yes", "vrai", "o", "Y"}) {
            assertEquals(1, CellValues.bool(yes), yes);
        }
        for (String no : new String[] {"false", "0", "non", "NON", "no", "faux", "n", "N"}) {
            assertEquals(0, CellValues.bool(no), no);
        }
        assertEquals(CellValues.NOT_A_BOOLEAN, CellValues.bool("peut-être"));
    }

    @Test
    void headersMatchAcrossCaseAccentsAndPunctuation() {
        assertEquals("code_postal", ColumnNames.normalize("Code Postal"));
        assertEquals("code_postal", ColumnNames.normalize(" CODE-POSTAL "));
        assertEquals("chiffre_d_affaires", ColumnNames.normalize("Chiffre d'affaires (€)"));
        assertEquals("telephone", ColumnNames.normalize("Téléphone"));
        assertEquals("postal_code", FileSchema.HOUSEHOLDS.canonicalOf(ColumnNames.normalize("CP")));
        assertEquals("revenue", FileSchema.CLIENTS.canonicalOf(ColumnNames.normalize("Chiffre d'affaires")));
        assertEquals("name", FileSchema.CLIENTS.canonicalOf("nom"));
        assertEquals("last_name", FileSchema.HOUSEHOLDS.canonicalOf("nom"));
    }

    @Test
    void separatorIsTheOneGivingConsistentCellCounts() {
        assertEquals(';', CsvDialectDetector.detectSeparator("a;b;c\n1,5;\"x;y\";3\n2;2;2\n", true));
        assertEquals(',', CsvDialectDetector.detectSeparator("a,b,c\n\"1;5\",2,3\n", true));
        assertEquals('\t', CsvDialectDetector.detectSeparator("a\tb, c\n1\t2, 3\n", true));
        assertEquals(',', CsvDialectDetector.detectSeparator("email\nx@example.org\n", true));
    }

    @Test
    void utf8Check() {
        assertTrue(Utf8Check.isValid("Écouflant".getBytes(java.nio.charset.StandardCharsets.UTF_8), 10, false));
        byte[] cut = "é".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(Utf8Check.isValid(cut, 1, true), "a sequence cut by the end of a sample");
        assertEquals(false, Utf8Check.isValid(cut, 1, false));
        assertEquals(false, Utf8Check.isValid("Écouflant".getBytes(java.nio.charset.Charset.forName("windows-1252")), 9, false));
        assertEquals(false, Utf8Check.isValid(new byte[] {(byte) 0xC0, (byte) 0x80}, 2, false), "overlong NUL");
    }
}
