package org.geoprospect.io.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvWriterTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r", "\n"})
    void everyDangerousFirstCharacterIsNeutralised(String prefix) {
        String payload = prefix + "HYPERLINK(\"http://x\")";
        checkCell(payload, "\"'" + payload.replace("\"", "\"\"") + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "   ", "\u00A0", " \u00A0 ", "\u202F"})
    void leadingSpacesAndNoBreakSpacesDoNotHideADangerousPrefix(String blanks) {
        for (String prefix : List.of("=", "+", "-", "@", "\t")) {
            String value = blanks + prefix + "1+1";
            checkCell(value, "\"'" + value + "\"");
        }
    }

    @Test
    void aPlainNegativeNumberIsANumberNotAFormula() {
        checkCell("-0.55360", "-0.55360");
        checkCell("-12", "-12");
        // Anything more after the digits may be a formula again.
        checkCell("-1+1", "\"'-1+1\"");
        checkCell("-0.5-HYPERLINK(1)", "\"'-0.5-HYPERLINK(1)\"");
        checkCell("-0.", "\"'-0.\"");
        checkCell(" -1", "\"' -1\"");
    }

    @Test
    void harmlessCellsAreUntouched() {
        checkCell("Jean-Pierre", "Jean-Pierre");
        checkCell("49100 Angers - centre", "49100 Angers - centre");
        checkCell("a@b.fr", "a@b.fr");
        checkCell("0612345678", "0612345678");
        checkCell("   ", "   ");
        checkCell("", "");
        checkCell(null, "");
        checkCell("Hélène Œuvre", "Hélène Œuvre");
    }

    @Test
    void quotesAreDoubledAndSeparatorsQuoted() {
        checkCell("dit \"le grand\"", "\"dit \"\"le grand\"\"\"");
        checkCell("a;b", "\"a;b\"");
        assertEquals("a,b", SafeCsvWriter.cell("a,b", ';'), "a comma needs no quotes in a ';' file");
        assertEquals("\"a,b\"", SafeCsvWriter.cell("a,b", ','));
        checkCell("line1\nline2", "\"line1\nline2\"");
        checkCell("=\"x\"", "\"'=\"\"x\"\"\"");
    }

    @Test
    void defaultFileIsUtf8WithBomAndSemicolons() throws IOException {
        byte[] bytes = write(CsvOptions.frenchExcel(), List.of("anon_code", "city"), List.of("H1", "Angers"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("anon_code;city\r\nH1;Angers\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void commaOnRequest() throws IOException {
        byte[] bytes = write(new CsvOptions(',', false), List.of("a", "b;c", "d,e"));
        assertEquals("a,b;c,\"d,e\"\r\n", new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void otherDelimitersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CsvOptions('\t', true));
    }

    @Test
    void aStagedFileAppearsOnlyWhenPublished() throws IOException {
        Path target = temp.resolve("list.csv");
        Files.writeString(target, "previous");
        try (StagedFile staged = StagedFile.create(target)) {
            try (OutputStream out = staged.stream()) {
                out.write("new".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals("previous", Files.readString(target), "the old file stays until the move");
            staged.publish();
        }
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), listFolder());
    }

    @Test
    void anUnpublishedStagedFileLeavesNothingBehind() throws IOException {
        Path target = temp.resolve("list.csv");
        try (StagedFile staged = StagedFile.create(target)) {
            staged.stream().write(1);
        }
        assertFalse(Files.exists(target));
        assertTrue(listFolder().isEmpty(), "the temporary file is deleted");
    }

    @Test
    void aMissingFolderIsOneSentence() {
        IOException e = assertThrows(IOException.class, () -> StagedFile.create(temp.resolve("no/such/list.csv")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    private List<Path> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }

    private static void checkCell(String value, String expected) {
        assertEquals(expected, SafeCsvWriter.cell(value, ';'), () -> "cell for [" + value + "]");
    }

    @SafeVarargs
    private static byte[] write(CsvOptions options, List<String>... rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SafeCsvWriter writer = new SafeCsvWriter(bytes, options)) {
            for (List<String> row : rows) {
                writer.writeRow(row);
            }
        }
        return bytes.toByteArray();
    }
}
