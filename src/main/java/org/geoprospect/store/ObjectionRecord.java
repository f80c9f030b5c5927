package org.geoprospect.store;

import java.time.LocalDate;
import org.geoprospect.model.Channel;

/**
 * One stored objection (opposition) to prospecting, as the store keeps it. The privacy package
 * normalises email and phone before storing and is the only reader (it builds its suppression list
 * from these rows).
 *
 * @param anonCode the household's anonymous code, or null
 * @param email    trimmed, lower-cased email, or null
 * @param phone    normalised phone digits, or null
 * @param channel  the channel objected to, or null for every channel
 * @param date     when the person objected, or null when unknown
 * @param source   where the objection came from (file name, "ui", "bloctel"...), or null
 */
public record ObjectionRecord(String anonCode, String email, String phone, Channel channel, LocalDate date,
                              String source) {
    public ObjectionRecord {
        if (anonCode == null && email == null && phone == null) {
            throw new IllegalArgumentException("An objection names an anonymous code, an email or a phone");
        }
    }

    /** {@inheritDoc} Email and phone are masked so that a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "ObjectionRecord[anonCode=" + anonCode + ", channel=" + (channel == null ? "all" : channel.code())
                + ", date=" + date + ", contact fields hidden]";
    }
}
