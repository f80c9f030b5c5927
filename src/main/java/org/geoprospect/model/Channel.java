package org.geoprospect.model;

import java.util.Locale;

/** A contact channel for prospecting; each has its own consent rules (see privacy.ContactPolicy). */
public enum Channel {
    EMAIL, SMS, PHONE, POSTAL;

    /** Kept, not recomputed: the code is asked for once per household and channel when a project opens. */
    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files and on the command line ({@code email}, {@code sms}...). */
    public String code() {
        return code;
    }

    /** Parses a code such as {@code "email"}; case-insensitive. */
    public static Channel fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
