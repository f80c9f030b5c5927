package org.geoprospect.service;

import java.util.Locale;

/** The kinds of customer file {@code import} takes. */
public enum CustomerFileKind {
    HOUSEHOLDS, CLIENTS, COMPETITORS;

    /** The lower-case name used on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
