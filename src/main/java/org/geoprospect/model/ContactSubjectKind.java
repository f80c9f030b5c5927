package org.geoprospect.model;

import java.util.Locale;

/** Whom a contact event concerns: an anonymised household or a record of the customer file. */
public enum ContactSubjectKind {
    HOUSEHOLD, CLIENT;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case name stored in the project ({@code household}, {@code client}). */
    public String code() {
        return code;
    }

    /** Parses a stored code; case-insensitive. */
    public static ContactSubjectKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
