package org.geoprospect.model;

import java.util.Locale;

/** A contact channel for prospecting; each has its own consent rules (see privacy.ContactPolicy). */
public enum Channel {
    EMAIL, SMS, PHONE, POSTAL;

    /** The lower-case name used in files and on the command line ({@code email}, {@code sms}...). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code such as {@code "email"}; case-insensitive. */
    public static Channel fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
