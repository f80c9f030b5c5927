package org.geoprospect.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Guesses a delimited file's {@link CsvDialect} from its first megabyte, and refuses files that are
 * not text at all.
 *
 * <ul>
 *   <li><b>Encoding</b>: a byte-order mark decides (UTF-8 or UTF-16); otherwise the sample is UTF-8 when
 *       its bytes are valid UTF-8, else Windows-1252 (what French Excel writes). A file whose first
 *       megabyte is plain ASCII and which holds invalid UTF-8 later is caught row by row by
 *       {@link CsvRecordReader}, which names the row instead of producing mojibake.</li>
 *   <li><b>Separator</b>: of comma, semicolon and tab, the one that splits the header into at least two
 *       cells and gives the most records (first 50, quotes respected) the header's cell count; ties go to
 *       the one with more columns. A one-column file reads as comma-separated.</li>
 *   <li><b>Not text</b>: an Excel workbook, NUL bytes or many control bytes give one sentence.</li>
 * </ul>
 * Either guess is skipped when the caller states it. Stateless and thread-safe.
 */
public final class CsvDialectDetector {
    static final int SAMPLE_BYTES = 1 << 20;
    private static final int SAMPLE_RECORDS = 50;
    private static final char[] CANDIDATES = {';', '\t', ','};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvDialectDetector() {
    }

    /**
     * Detects the dialect of a file.
     *
     * @param separator the separator to use, or null to detect it
     * @param charset   the charset to use, or null to detect it
     * @throws CsvFormatException when the file is a spreadsheet workbook or binary data
     */
    public static CsvDialect detect(Path file, Character separator, Charset charset) throws IOException {
        byte[] sample;
        boolean whole;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
            whole = in.read() < 0;
        }
        String name = CsvFiles.name(file);
        boolean utf8Bom = startsWith(sample, 0xEF, 0xBB, 0xBF);
        boolean utf16Bom = startsWith(sample, 0xFF, 0xFE) || startsWith(sample, 0xFE, 0xFF);
        if (!utf16Bom) {
            refuseBinary(name, sample);
        }
        Charset chosen = charset;
        if (chosen == null) {
            if (utf16Bom) {
                chosen = StandardCharsets.UTF_16;
            } else if (utf8Bom || Utf8Check.isValid(sample, sample.length, !whole)) {
                chosen = StandardCharsets.UTF_8;
            } else {
                chosen = WINDOWS_1252;
            }
        }
        char chosenSeparator = separator != null ? separator : detectSeparator(new String(sample, chosen), whole);
        return new CsvDialect(chosenSeparator, chosen, utf8Bom || utf16Bom);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void refuseBinary(String name, byte[] sample) {
        if (startsWith(sample, 'P', 'K', 3, 4) || startsWith(sample, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new CsvFormatException(name, 0, "The file " + name + " is a spreadsheet workbook (Excel or"
                    + " LibreOffice), not a CSV file; open it in the spreadsheet and save the sheet as CSV, then import that file.");
        }
        int control = 0;
        for (byte b : sample) {
            int c = b & 0xFF;
            if (c == 0) {
                control = Integer.MAX_VALUE;
                break;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        // Real exports hold no control bytes; a few stray ones are tolerated, a binary file holds many.
        if (control > 8 + sample.length / 1000) {
            throw new CsvFormatException(name, 0, "The file " + name + " is not a CSV text file (it holds binary data);"
                    + " export the customer list from your spreadsheet or CRM as CSV and import that file.");
        }
    }

    /** Chooses the separator on the first records of the decoded sample. */
    static char detectSeparator(String text, boolean whole) {
        char best = ',';
        double bestScore = -1;
        int bestColumns = 0;
        for (char candidate : CANDIDATES) {
            int[] counts = cellCounts(text, candidate, whole);
            if (counts.length == 0 || counts[0] < 2) {
                continue;
            }
            int consistent = 0;
            for (int count : counts) {
                if (count == counts[0]) {
                    consistent++;
                }
            }
            double score = consistent / (double) counts.length;
            if (score > bestScore || (score == bestScore && counts[0] > bestColumns)) {
                best = candidate;
                bestScore = score;
                bestColumns = counts[0];
            }
        }
        return best;
    }

    /** Cell counts of the first non-blank records, quotes respected; a record cut by the end of the sample is left out. */
    private static int[] cellCounts(String text, char separator, boolean whole) {
        int[] counts = new int[SAMPLE_RECORDS];
        int records = 0;
        int cells = 1;
        boolean quoted = false;
        boolean blank = true;
        int i = text.isEmpty() || text.charAt(0) != '\uFEFF' ? 0 : 1;
        for (; i < text.length() && records < SAMPLE_RECORDS; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                blank = false;
            } else if (quoted) {
                continue;
            } else if (c == separator) {
                cells++;
                blank = false;
            } else if (c == '\n' || c == '\r') {
                if (!blank) {
                    counts[records++] = cells;
                }
                cells = 1;
                blank = true;
            } else if (c != ' ') {
                blank = false;
            }
        }
        if (whole && !blank && records < SAMPLE_RECORDS) {
            counts[records++] = cells;
        }
        return java.util.Arrays.copyOf(counts, records);
    }
}
