package org.geoprospect.model;

import java.util.Locale;

/** Who made a contact: we did ({@link #OUTBOUND}) or the person did ({@link #INBOUND}). */
public enum ContactDirection {
    OUTBOUND, INBOUND;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case name stored in the project ({@code outbound}, {@code inbound}). */
    public String code() {
        return code;
    }

    /** Parses a stored code; case-insensitive. */
    public static ContactDirection fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
