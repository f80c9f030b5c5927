package org.geoprospect.io.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which column of a file holds each canonical column of a {@link FileSchema}: first the columns the
 * mapping file names, then headers equal to a canonical name, then aliases; the first match wins and
 * later repeats are ignored. Headers matching nothing are listed as ignored. Immutable and thread-safe.
 */
final class ColumnMap {
    private final Map<String, Integer> positions;
    private final List<String> ignored;
    private final CsvHeader header;

    private ColumnMap(CsvHeader header, Map<String, Integer> positions, List<String> ignored) {
        this.header = header;
        this.positions = Collections.unmodifiableMap(positions);
        this.ignored = List.copyOf(ignored);
    }

    /**
     * Maps a header.
     *
     * @throws CsvFormatException when the mapping names an unknown canonical column or a header the
     *                            file lacks, or when a required column (or every position column) is missing
     */
    static ColumnMap of(CsvHeader header, FileSchema schema, CsvMapping mapping) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        boolean[] used = new boolean[header.size()];
        String file = header.fileName();
        for (Map.Entry<String, String> entry : mapping.columns().entrySet()) {
            String canonical = ColumnNames.normalize(entry.getKey());
            if (!schema.columns().contains(canonical)) {
                throw new CsvFormatException(file, 0, "The mapping file names the column \"" + entry.getKey() + "\", which "
                        + schema.kind() + " files do not have; use one of " + String.join(", ", schema.columns()) + ".");
            }
            int at = header.indexOf(entry.getValue());
            if (at < 0) {
                throw new CsvFormatException(file, 0, "The mapping file maps " + canonical + " to the header \""
                        + entry.getValue() + "\", which " + file + " does not have; its headers are " + headersFound(header) + ".");
            }
            positions.put(canonical, at);
            used[at] = true;
        }
        List<String> normalized = header.normalizedNames();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < normalized.size(); i++) {
                String key = normalized.get(i);
                String canonical = pass == 0 ? (schema.columns().contains(key) ? key : null) : schema.canonicalOf(key);
                if (!used[i] && canonical != null && !positions.containsKey(canonical)) {
                    positions.put(canonical, i);
                    used[i] = true;
                }
            }
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i] && !header.names().get(i).isEmpty()) {
                ignored.add(header.names().get(i));
            }
        }
        ColumnMap map = new ColumnMap(header, positions, ignored);
        map.check(schema);
        return map;
    }

    private void check(FileSchema schema) {
        String file = header.fileName();
        for (String column : schema.required()) {
            if (!positions.containsKey(column)) {
                throw new CsvFormatException(file, 1, "The header of " + file + " lacks the column " + column
                        + "; the headers found are " + headersFound(header) + "; rename one of them or map it in a mapping file"
                        + " ({\"columns\": {\"" + column + "\": \"Your header\"}}).");
            }
        }
        if (!schema.anyOf().isEmpty() && schema.anyOf().stream().noneMatch(positions::containsKey)) {
            throw new CsvFormatException(file, 1, "The header of " + file + " has none of the columns "
                    + String.join(", ", schema.anyOf()) + "; the headers found are " + headersFound(header)
                    + "; rename one of them or map it in a mapping file.");
        }
        if (schema.placed() && !(has("lon") && has("lat")) && !(has("x") && has("y")) && !has("commune_insee")
                && !has("postal_code")) {
            throw new CsvFormatException(file, 1, "The header of " + file + " has no position columns: it needs lon and lat,"
                    + " x and y (with an SRID), commune_insee or postal_code; the headers found are " + headersFound(header)
                    + "; rename them or map them in a mapping file.");
        }
    }

    private static String headersFound(CsvHeader header) {
        List<String> names = new ArrayList<>();
        for (String name : header.names()) {
            names.add(name.isEmpty() ? "(blank)" : name);
        }
        String joined = String.join(", ", names);
        return joined.length() > 400 ? joined.substring(0, 400) + "…" : joined;
    }

    /** Whether the file has this canonical column. */
    boolean has(String canonical) {
        return positions.containsKey(canonical);
    }

    /** The position of a canonical column in the file, or -1 when the file lacks it (reads as empty cells). */
    int position(String canonical) {
        Integer at = positions.get(canonical);
        return at == null ? -1 : at;
    }

    /** Canonical column → the header it was read from, in mapping order. */
    Map<String, String> headersByColumn() {
        Map<String, String> result = new LinkedHashMap<>();
        positions.forEach((canonical, at) -> result.put(canonical, header.names().get(at)));
        return result;
    }

    /** Headers that match no canonical column (or repeat one already matched), as written. */
    List<String> ignored() {
        return ignored;
    }
}
