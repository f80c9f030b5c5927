package org.geoprospect.model;

import java.util.Locale;

/** The categories of a customer file worth the name (PRODUCT.md §3). */
public enum ContactCategory {
    CLIENT, FORMER_CLIENT, PROSPECT, SUPPLIER, BANKER, JOURNALIST, RELATION;

    /** The lower-case code used in files ({@code former_client}, {@code relation}...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code such as {@code "former_client"}; case-insensitive, {@code prescriber} means RELATION. */
    public static ContactCategory fromCode(String code) {
        String normalized = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (normalized.equals("PRESCRIBER")) {
            return RELATION;
        }
        return valueOf(normalized);
    }
}
