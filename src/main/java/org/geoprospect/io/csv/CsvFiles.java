package org.geoprospect.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens CSV files the same way everywhere: a chosen charset, large buffers, LF line ends when writing. */
final class CsvFiles {
    /**
     * What the decoder puts in place of bytes invalid in the file's charset: U+FFFF, a noncharacter
     * that no text holds, so {@link CsvRecordReader} can tell "invalid bytes" from a genuine U+FFFD.
     */
    static final char INVALID_BYTES = '\uFFFF';

    private CsvFiles() {
    }

    /** A UTF-8 reader; see {@link #openReader(Path, CsvDialect)}. */
    static Reader openReader(Path file) throws IOException {
        return openReader(file, CsvDialect.CANONICAL);
    }

    /**
     * Opens a file for reading in the dialect's charset. For UTF-8, invalid bytes decode as
     * {@link #INVALID_BYTES}, which {@link CsvRecordReader} turns into a sentence naming the row;
     * Windows-1252's five undefined bytes decode as U+FFFD (a stray byte there is harmless).
     */
    static Reader openReader(Path file, CsvDialect dialect) throws IOException {
        InputStream in = Files.newInputStream(file);
        Charset charset = dialect.charset();
        CharsetDecoder decoder = charset.newDecoder();
        if (charset.equals(StandardCharsets.UTF_8)) {
            decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .replaceWith(String.valueOf(INVALID_BYTES));
        } else {
            decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        return new InputStreamReader(in, decoder);
    }

    static Writer openWriter(Path file) throws IOException {
        return openWriter(file, StandardCharsets.UTF_8);
    }

    static Writer openWriter(Path file, Charset charset) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset), 1 << 16);
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
