package org.geoprospect.io.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.geoprospect.geo.CoordinateTransform;

/**
 * What a user states about a CSV file when detection and aliases are not enough, read from a JSON
 * mapping file:
 * <pre>{"columns": {"anon_code": "N° foyer", "x": "X Lambert"}, "srid": 2154, "dateFormat": "dd/MM/yyyy",
 *  "separator": ";", "encoding": "windows-1252"}</pre>
 * Every key is optional. {@code columns} maps canonical names to the file's headers (matched like
 * aliases: case-, accent- and punctuation-insensitive); {@code srid} is the EPSG code of the x/y
 * columns; {@code dateFormat} a {@link DateTimeFormatter} pattern tried before ISO and dd/MM/yyyy;
 * {@code separator} one character or "tab"; {@code encoding} a Java charset name.
 *
 * @param columns    canonical name → header in the file; never null (empty when none)
 * @param srid       EPSG code of the x/y columns, or null when not stated
 * @param dateFormat a date pattern, or null
 * @param separator  the separator, or null to detect it
 * @param encoding   the charset, or null to detect it
 */
public record CsvMapping(Map<String, String> columns, Integer srid, DateTimeFormatter dateFormat, Character separator,
                         Charset encoding) {
    /** Nothing stated: detect everything. */
    public static final CsvMapping NONE = new CsvMapping(Map.of(), null, null, null, null);

    public CsvMapping {
        columns = Map.copyOf(columns == null ? Map.of() : columns);
    }

    /** The JSON shape, kept apart so that the record holds parsed values. */
    private record Json(Map<String, String> columns, Integer srid, String dateFormat, String separator, String encoding) {
    }

    /**
     * Reads a mapping file.
     *
     * @throws CsvFormatException with one sentence when the file is missing, not JSON, has an unknown key
     *                            or an invalid value
     */
    public static CsvMapping read(Path file) throws IOException {
        String name = CsvFiles.name(file);
        Json json;
        try {
            json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(Files.readAllBytes(file), Json.class);
        } catch (NoSuchFileException e) {
            throw new CsvFormatException(name, 0, "The mapping file " + file + " does not exist; check its path.");
        } catch (UnrecognizedPropertyException e) {
            throw new CsvFormatException(name, 0, "The mapping file " + name + " has an unknown key \"" + e.getPropertyName()
                    + "\"; the keys are columns, srid, dateFormat, separator and encoding.");
        } catch (JsonProcessingException e) {
            throw new CsvFormatException(name, 0, "The mapping file " + name + " is not valid JSON of the form"
                    + " {\"columns\": {\"canonical_name\": \"Their Header\"}, \"srid\": 2154, ...}: "
                    + e.getOriginalMessage() + ".");
        }
        if (json == null) {
            return NONE;
        }
        return new CsvMapping(json.columns() == null ? Map.of() : new LinkedHashMap<>(json.columns()),
                srid(name, json.srid()), dateFormat(name, json.dateFormat()), separator(name, json.separator()),
                encoding(name, json.encoding()));
    }

    /** This mapping with another source SRID for the x/y columns. */
    public CsvMapping withSrid(int newSrid) {
        return new CsvMapping(columns, srid(null, newSrid), dateFormat, separator, encoding);
    }

    private static Integer srid(String name, Integer srid) {
        if (srid != null && !CoordinateTransform.isKnown(srid)) {
            throw new CsvFormatException(name, 0, (name == null ? "The" : "The mapping file " + name + " gives the")
                    + " SRID " + srid + ", which is not a known EPSG code; use e.g. 2154 for Lambert-93 or 4326 for longitude/latitude.");
        }
        return srid;
    }

    private static DateTimeFormatter dateFormat(String name, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            return null;
        }
        try {
            return DateTimeFormatter.ofPattern(pattern.trim().replace("yyyy", "uuuu"), Locale.ROOT)
                    .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new CsvFormatException(name, 0, "The mapping file " + name + " gives the date format \"" + pattern
                    + "\", which is not a valid pattern; use e.g. dd/MM/yyyy or yyyy-MM-dd.");
        }
    }

    private static Character separator(String name, String separator) {
        if (separator == null || separator.isEmpty()) {
            return null;
        }
        String lower = separator.toLowerCase(Locale.ROOT);
        if (lower.equals("tab") || lower.equals("\\t")) {
            return '\t';
        }
        if (separator.length() != 1 || separator.charAt(0) == '"' || separator.charAt(0) == '\n' || separator.charAt(0) == '\r') {
            throw new CsvFormatException(name, 0, "The mapping file " + name + " gives the separator \"" + separator
                    + "\"; give one character such as \";\" or \",\", or \"tab\".");
        }
        return separator.charAt(0);
    }

    private static Charset encoding(String name, String encoding) {
        if (encoding == null || encoding.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CsvFormatException(name, 0, "The mapping file " + name + " gives the encoding \"" + encoding
                    + "\", which is unknown; use UTF-8 or windows-1252.");
        }
    }
}
