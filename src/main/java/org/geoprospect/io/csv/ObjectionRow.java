package org.geoprospect.io.csv;

import java.time.LocalDate;
import org.geoprospect.model.Channel;

/**
 * One objection (opposition) to prospecting, as read from an objections file. An objection is absolute:
 * every export must honour it. It names the person by at least one of anonymous code, email and phone
 * (matched against the customer file by the import service).
 *
 * <p>Defined here because the model has no Objection record yet; it may move to the model later.
 *
 * @param anonCode the household's anonymous code, or null
 * @param email    an email address, trimmed and lower-cased, or null
 * @param phone    a phone number as written (see {@link #phoneDigits()}), or null
 * @param date     when the objection was made, or null when the file does not say
 * @param channel  the channel objected to, or null for every channel ("all")
 */
public record ObjectionRow(String anonCode, String email, String phone, LocalDate date, Channel channel) {
    public ObjectionRow {
        if (anonCode == null && email == null && phone == null) {
            throw new IllegalArgumentException("An objection names an anonymous code, an email or a phone");
        }
    }

    /** Whether the objection covers every channel. */
    public boolean allChannels() {
        return channel == null;
    }

    /** The channel's code ({@code email}, {@code sms}, {@code phone}, {@code postal}) or {@code all}. */
    public String channelCode() {
        return channel == null ? "all" : channel.code();
    }

    /**
     * The phone reduced to its digits in the French national form, so that "06 12 34 56 78",
     * "06.12.34.56.78" and "+33 6 12 34 56 78" compare equal ("0612345678"); null without a phone.
     */
    public String phoneDigits() {
        return phone == null ? null : digits(phone);
    }

    /** The digits of a phone number in the French national form (+33 / 0033 become 0). */
    public static String digits(String phone) {
        StringBuilder b = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        String digits = b.toString();
        if (phone.trim().startsWith("+33")) {
            return "0" + digits.substring(2);
        }
        if (digits.startsWith("0033")) {
            return "0" + digits.substring(4);
        }
        return digits;
    }

    /** {@inheritDoc} Email and phone are masked so that a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "ObjectionRow[anonCode=" + anonCode + ", channel=" + channelCode() + ", date=" + date + ", contact fields hidden]";
    }
}
