package org.geoprospect.service;

import java.util.Locale;

/** The kinds of customer file {@code import} takes (objections: opt-outs and do-not-call entries). */
public enum CustomerFileKind {
    HOUSEHOLDS, CLIENTS, ORDERS, COMPETITORS, OBJECTIONS;

    /** The lower-case name used on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
