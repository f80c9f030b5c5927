package org.geoprospect.ui.records;

import java.util.Objects;

/**
 * One line of a detail card: a label and its value, already in the user's language.
 *
 * @param label  never null
 * @param value  never null (an unknown value is written as a dash)
 * @param header whether this line starts a section (its value is empty)
 */
public record CardRow(String label, String value, boolean header) {
    public CardRow {
        Objects.requireNonNull(label, "label");
        value = value == null || value.isBlank() ? "—" : value;
    }

    static CardRow of(String label, String value) {
        return new CardRow(label, value, false);
    }

    static CardRow section(String label) {
        return new CardRow(label, "", true);
    }
}
