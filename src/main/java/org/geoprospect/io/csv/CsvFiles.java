package org.geoprospect.io.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens CSV files the same way everywhere: UTF-8, large buffers, LF line ends when writing. */
final class CsvFiles {
    private CsvFiles() {
    }

    static Reader openReader(Path file) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
    }

    static Writer openWriter(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /**
     * Reads the header row of a canonical file and checks its columns.
     *
     * @throws CsvFormatException when the file is empty or lacks a column
     */
    static CsvHeader readHeader(CsvRecordReader reader, java.util.List<String> required) throws IOException {
        String[] cells = reader.next();
        if (cells == null) {
            throw new CsvFormatException(reader.fileName(), 0, "The file " + reader.fileName()
                    + " is empty; it needs a header row " + String.join(",", required) + ".");
        }
        CsvHeader header = CsvHeader.of(reader.fileName(), cells);
        header.require(required);
        return header;
    }
}
