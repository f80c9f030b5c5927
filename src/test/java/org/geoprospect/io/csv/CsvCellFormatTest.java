package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvCellFormatTest {

    private static void checkFixed(double value, int decimals, String expected) {
        assertEquals(expected, CsvCellFormat.appendFixed(new StringBuilder(), value, decimals).toString());
    }

    @Test
    void fixedDecimalsPadAndRound() {
        checkFixed(-0.5477412, 5, "-0.54774");
        checkFixed(47.4, 5, "47.40000");
        checkFixed(0.000004, 5, "0.00000");
        checkFixed(-0.000004, 5, "0.00000");
        checkFixed(12.999996, 5, "13.00000");
        checkFixed(2500, 0, "2500");
    }

    @Test
    void plainHasNoExponentNorTrailingZeros() {
        assertEquals("2500", CsvCellFormat.plain(2500.0));
        assertEquals("12345.6", CsvCellFormat.plain(12345.60));
        assertEquals("10000000", CsvCellFormat.plain(1e7));
        assertEquals("0.0001", CsvCellFormat.plain(1e-4));
    }

    @Test
    void textIsQuotedOnlyWhenNeeded() {
        assertEquals("plain", CsvCellFormat.appendText(new StringBuilder(), "plain").toString());
        assertEquals("\"a,b\"", CsvCellFormat.appendText(new StringBuilder(), "a,b").toString());
        assertEquals("\"say \"\"hi\"\"\"", CsvCellFormat.appendText(new StringBuilder(), "say \"hi\"").toString());
        assertEquals("\"two\nlines\"", CsvCellFormat.appendText(new StringBuilder(), "two\nlines").toString());
        assertEquals("", CsvCellFormat.appendText(new StringBuilder(), null).toString());
    }
}
