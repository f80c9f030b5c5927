package org.geoprospect.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.Interests;

/**
 * Reads an interests cell: codes separated by '|' (or ','), each a code of {@link Interests#VOCABULARY}
 * or a French or English name for one ("VTT", "Pique-nique", "Randonnée"...), case- and
 * accent-insensitive. Immutable and thread-safe.
 */
final class InterestCodes {
    private static final Map<String, String> NAMES = names();

    private InterestCodes() {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (String code : Interests.VOCABULARY) {
            names.put(code, code);
        }
        put(names, "picnic", "pique_nique", "piquenique", "pique_niques");
        put(names, "mountain_bike", "vtt", "velo_tout_terrain", "mtb", "velo");
        put(names, "hiking", "randonnee", "rando", "marche");
        put(names, "fishing", "peche");
        put(names, "gardening", "jardinage", "jardin");
        put(names, "diy", "bricolage");
        put(names, "cooking", "cuisine");
        put(names, "wine", "vin", "vins", "oenologie");
        put(names, "running", "course_a_pied", "course", "jogging");
        put(names, "swimming", "natation", "piscine");
        put(names, "photography", "photographie", "photo");
        put(names, "reading", "lecture", "livres");
        put(names, "music", "musique");
        put(names, "travel", "voyage", "voyages");
        put(names, "pets", "animaux", "animaux_de_compagnie");
        return Map.copyOf(names);
    }

    private static void put(Map<String, String> names, String code, String... aliases) {
        for (String alias : aliases) {
            names.put(alias, code);
        }
    }

    /**
     * The codes of a cell, without repeats, in cell order.
     *
     * @throws CsvFormatException naming the row when a name is not understood
     */
    static List<String> parse(String cell, CsvRow row) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> result = new ArrayList<>(4);
        int start = 0;
        int length = cell.length();
        while (start <= length) {
            int end = start;
            while (end < length && cell.charAt(end) != '|' && cell.charAt(end) != ',') {
                end++;
            }
            String token = cell.substring(start, end).trim();
            if (!token.isEmpty()) {
                String code = NAMES.get(token);
                if (code == null) {
                    code = NAMES.get(ColumnNames.normalize(token));
                }
                if (code == null) {
                    throw row.fail("the interest \"" + token + "\" is not one of " + String.join(", ", Interests.VOCABULARY));
                }
                if (!result.contains(code)) {
                    result.add(code);
                }
            }
            start = end + 1;
        }
        return result;
    }
}
