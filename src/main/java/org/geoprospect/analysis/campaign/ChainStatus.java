package org.geoprospect.analysis.campaign;

import java.util.Locale;

/** Whether a chain is running: only an active chain holds its people against other chains (pressure caps). */
public enum ChainStatus {
    ACTIVE, PAUSED;

    /** {@code active} or {@code paused}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code active} / {@code paused}, case-insensitive. */
    public static ChainStatus fromCode(String code) {
        try {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A chain's status is active or paused, not '" + code + "'.");
        }
    }
}
