package org.geoprospect.geo.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the EPSG registry that ships inside the CTS jar ({@code org/cts/registry/epsg}), once.
 *
 * <p>Why read CTS's own file: every code listed here is one CTS can build, so recognition never
 * returns a code the transforms cannot use, and the parameters come from EPSG rather than being
 * typed by hand. The file is PROJ.4 style: a {@code # name} line, then {@code <code> +proj=... <>}.
 * Thread-safe: loaded once by the class-holder idiom and immutable afterwards.
 */
public final class CtsEpsgRegistry {
    private static final String RESOURCE = "/org/cts/registry/epsg";

    private CtsEpsgRegistry() {
    }

    private static final class Holder {
        static final Map<Integer, EpsgEntry> ENTRIES = load();
    }

    /** All entries in file order. */
    public static Collection<EpsgEntry> entries() {
        return Holder.ENTRIES.values();
    }

    /** The entry of an EPSG code, if CTS has it. */
    public static Optional<EpsgEntry> entry(int code) {
        return Optional.ofNullable(Holder.ENTRIES.get(code));
    }

    private static Map<Integer, EpsgEntry> load() {
        try (InputStream in = CtsEpsgRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The CTS library's EPSG registry (" + RESOURCE
                        + ") is missing from the class path; check that the cts jar is installed.");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CTS EPSG registry " + RESOURCE, e);
        }
    }

    static Map<Integer, EpsgEntry> parse(BufferedReader reader) throws IOException {
        Map<Integer, EpsgEntry> entries = new LinkedHashMap<>();
        String name = "";
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String text = line.trim();
            if (text.startsWith("#")) {
                name = text.substring(1).trim();
            } else if (text.startsWith("<")) {
                int close = text.indexOf('>');
                if (close > 1) {
                    int code = Integer.parseInt(text.substring(1, close));
                    String definition = text.substring(close + 1).replace("<>", "").trim();
                    entries.put(code, new EpsgEntry(code, name, definition));
                }
                name = "";
            }
        }
        return Collections.unmodifiableMap(entries);
    }
}
