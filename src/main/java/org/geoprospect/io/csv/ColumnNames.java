package org.geoprospect.io.csv;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises column headers so that {@code "Code Postal"}, {@code "code_postal"}, {@code "CODE-POSTAL"}
 * and {@code "Code postal "} match: accents removed, lower case, every run of other characters than
 * letters and digits replaced by one underscore, none at either end ({@code "Chiffre d'affaires (€)"}
 * → {@code chiffre_d_affaires}). Stateless and thread-safe.
 */
public final class ColumnNames {
    private ColumnNames() {
    }

    /** The normalised form of a header; "" for null or a header without letters or digits. */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(header, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingUnderscore = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'œ' || c == 'Œ') {
                appendPending(out, pendingUnderscore).append("oe");
                pendingUnderscore = false;
            } else if (Character.isLetterOrDigit(c)) {
                appendPending(out, pendingUnderscore).append(Character.toLowerCase(c));
                pendingUnderscore = false;
            } else {
                pendingUnderscore = out.length() > 0;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static StringBuilder appendPending(StringBuilder out, boolean pendingUnderscore) {
        return pendingUnderscore ? out.append('_') : out;
    }
}
