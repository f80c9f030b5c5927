package org.geoprospect.model;

import java.time.LocalDate;

/**
 * A household's recorded answer for one channel.
 *
 * @param granted true when the person gave prior consent on that channel
 * @param date    when the consent was recorded; null when unknown or never given
 */
public record Consent(boolean granted, LocalDate date) {
    /** No consent recorded. */
    public static final Consent NONE = new Consent(false, null);
}
