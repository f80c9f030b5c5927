package org.geoprospect.privacy;

import java.time.LocalDate;
import java.util.Locale;
import org.geoprospect.model.Channel;
import org.geoprospect.store.ObjectionRecord;

/**
 * An objection (opposition) to prospecting: absolute, it wins over any consent on its channel, or on
 * every channel when {@code channel} is null ("all"). It names the person by at least one of
 * anonymous code, email and phone; email and phone are normalised on construction (trimmed,
 * lower-cased email; phone through {@link PhoneNumbers#normalise}), blank values become null.
 *
 * @param anonCode the household's anonymous code, or null
 * @param email    email address, or null
 * @param phone    phone number, or null
 * @param channel  the channel objected to, or null for all channels
 * @param date     when the person objected, or null when unknown
 * @param source   where it came from (a file name, "ui", "bloctel"...), or null
 */
public record Objection(String anonCode, String email, String phone, Channel channel, LocalDate date, String source) {
    public Objection {
        anonCode = blankToNull(anonCode);
        email = blankToNull(email);
        email = email == null ? null : email.toLowerCase(Locale.ROOT);
        phone = PhoneNumbers.normalise(phone);
        if (anonCode == null && email == null && phone == null) {
            throw new IllegalArgumentException("An objection must name the person by anonymous code, email or phone.");
        }
    }

    /** An objection of one household, by anonymous code. */
    public static Objection ofHousehold(String anonCode, Channel channel, LocalDate date, String source) {
        return new Objection(anonCode, null, null, channel, date, source);
    }

    /** Whether it covers a channel (its own, or every channel for an "all" objection). */
    public boolean covers(Channel c) {
        return channel == null || channel == c;
    }

    /** Whether it covers every channel. */
    public boolean allChannels() {
        return channel == null;
    }

    /** The stored form (for a store transaction that records objections with other rows). */
    public ObjectionRecord toRecord() {
        return new ObjectionRecord(anonCode, email, phone, channel, date, source);
    }

    static Objection fromRecord(ObjectionRecord r) {
        return new Objection(r.anonCode(), r.email(), r.phone(), r.channel(), r.date(), r.source());
    }

    /** {@inheritDoc} Email and phone are masked so that a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "Objection[anonCode=" + anonCode + ", channel=" + (channel == null ? "all" : channel.code())
                + ", date=" + date + ", contact fields hidden]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
