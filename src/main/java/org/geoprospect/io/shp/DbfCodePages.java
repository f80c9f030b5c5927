package org.geoprospect.io.shp;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps DBF text encodings to and from the two places a shapefile records them: the {@code .cpg}
 * sidecar file and the language driver byte (offset 29) of the DBF header.
 *
 * <p>Language driver bytes written: 0x57 ("ANSI", Windows-1252) for windows-1252 and ISO-8859-1,
 * 0x01 for cp437, 0x02 for cp850, 0x00 ("unspecified") for every other charset, UTF-8 included,
 * as GDAL does; the {@code .cpg} file then carries the encoding. Stateless and thread-safe.
 */
final class DbfCodePages {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte LDID_UNSPECIFIED = 0x00;
    private static final Map<Integer, String> CHARSET_BY_LDID = Map.ofEntries(
            Map.entry(0x01, "IBM437"),
            Map.entry(0x02, "IBM850"),
            Map.entry(0x03, "windows-1252"),
            Map.entry(0x57, "windows-1252"),
            Map.entry(0x64, "IBM852"),
            Map.entry(0x65, "IBM866"),
            Map.entry(0x26, "IBM866"),
            Map.entry(0xC8, "windows-1250"),
            Map.entry(0xC9, "windows-1251"),
            Map.entry(0xCA, "windows-1254"),
            Map.entry(0xCB, "windows-1253"));

    private DbfCodePages() {
    }

    /** The language driver byte to write for a charset (see the class comment). */
    static byte languageDriverOf(Charset charset) {
        String name = charset.name();
        if (name.equals("windows-1252") || name.equals("ISO-8859-1")) {
            return 0x57;
        }
        if (name.equals("IBM437")) {
            return 0x01;
        }
        if (name.equals("IBM850")) {
            return 0x02;
        }
        return LDID_UNSPECIFIED;
    }

    /**
     * The text to write into the {@code .cpg} file: the Java charset name, except that Windows code
     * pages are written as their bare number ("1252"), the spelling ArcGIS writes and GDAL, QGIS and
     * H2GIS all read.
     */
    static String cpgTextOf(Charset charset) {
        String name = charset.name();
        if (name.startsWith("windows-")) {
            return name.substring("windows-".length());
        }
        return name;
    }

    /** The charset a language driver byte names; empty for 0x00 and unknown bytes. */
    static Optional<Charset> fromLanguageDriver(int ldid) {
        String name = CHARSET_BY_LDID.get(ldid & 0xFF);
        return name == null ? Optional.empty() : supported(name);
    }

    /**
     * The charset a {@code .cpg} text names, accepting the common spellings: "UTF-8", "UTF8",
     * "1252", "CP1252", "ANSI 1252", "windows-1252", "88591", "ISO-8859-1", "8859-15", "437"…
     *
     * @return empty when the text names no charset this JVM supports
     */
    static Optional<Charset> fromCpg(String cpgText) {
        if (cpgText == null) {
            return Optional.empty();
        }
        String text = cpgText.strip().toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.equals("UTF-8") || text.equals("UTF8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (text.startsWith("ANSI ")) {
            text = text.substring(5).strip();
        }
        if (text.startsWith("CP") && isDigits(text.substring(2))) {
            text = text.substring(2);
        }
        if (text.startsWith("LDID/") && isDigits(text.substring(5))) {
            return fromLanguageDriver(Integer.parseInt(text.substring(5)));
        }
        if (isDigits(text) && text.length() <= 5) {
            if (text.startsWith("8859")) {
                return supported("ISO-8859-" + text.substring(4));
            }
            int page = Integer.parseInt(text);
            return page >= 1250 && page <= 1258 ? supported("windows-" + page) : supported("IBM" + page);
        }
        if (text.startsWith("8859")) {
            return supported("ISO-8859-" + text.substring(4).replace("-", "").replace("_", ""));
        }
        return supported(cpgText.strip());
    }

    private static Optional<Charset> supported(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code length} bytes from {@code offset} form valid UTF-8 (no overlong forms, no
     * surrogates, nothing above U+10FFFF). A sequence cut at the end counts as invalid.
     */
    static boolean isValidUtf8(byte[] bytes, int offset, int length) {
        return org.geoprospect.io.Utf8.isValid(bytes, offset, length, false);
    }
}
