package org.geoprospect.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    private static List<String[]> records(String text) throws IOException {
        List<String[]> result = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(text), "test.csv")) {
            String[] cells;
            while ((cells = reader.next()) != null) {
                result.add(cells);
            }
        }
        return result;
    }

    @Test
    void quotedCellKeepsCommasAndDoubledQuotes() throws IOException {
        List<String[]> rows = records("a,b\n\"Dupont, \"\"Jr\"\"\",x\n");
        assertArrayEquals(new String[] {"Dupont, \"Jr\"", "x"}, rows.get(1));
    }

    @Test
    void emptyCellsAndTrailingEmptyCellAreKept() throws IOException {
        assertArrayEquals(new String[] {"", "b", ""}, records(",b,\n").get(0));
    }

    @Test
    void crlfAndByteOrderMarkAreHandled() throws IOException {
        List<String[]> rows = records("\uFEFFcode,name\r\nK1,One\r\nK2,Two");
        assertEquals(3, rows.size());
        assertEquals("code", rows.get(0)[0]);
        assertArrayEquals(new String[] {"K2", "Two"}, rows.get(2));
    }

    @Test
    void rowNumberIsTheLineWhereTheRecordStarts() throws IOException {
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader("h\n\"two\nlines\"\n\nlast\n"), "t.csv")) {
            reader.next();
            assertEquals(1, reader.row());
            assertEquals("two\nlines", reader.next()[0]);
            assertEquals(2, reader.row());
            assertEquals("last", reader.next()[0]);
            assertEquals(5, reader.row());
            assertNull(reader.next());
        }
    }

    @Test
    void unclosedQuoteNamesFileAndRow() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> records("h\nok\n\"never closed,x\n"));
        assertEquals(3, e.row());
        assertEquals("Row 3 of test.csv cannot be read: a quoted cell is not closed before the end of the file; "
                + "add the missing closing quote.", e.getMessage());
    }

    @Test
    void textAfterClosingQuoteIsRejected() {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> records("\"a\"b,c\n"));
        assertEquals(1, e.row());
    }

    @Test
    void readsAcrossBufferBoundaries() throws IOException {
        StringBuilder text = new StringBuilder();
        String longCell = "x".repeat(70_000);
        text.append("\"").append(longCell).append("\",y\n");
        text.append(longCell).append(",z\n");
        List<String[]> rows = records(text.toString());
        assertEquals(longCell, rows.get(0)[0]);
        assertEquals("y", rows.get(0)[1]);
        assertEquals(longCell, rows.get(1)[0]);
        assertEquals("z", rows.get(1)[1]);
    }
}
