package org.geoprospect.io.csv;

import java.time.LocalDateTime;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactOutcome;

/**
 * One row of a results file (what became of a contact), as read: the keys that name the person, the
 * channel, when it happened and the outcome. Matching the keys to a household or client is the
 * import service's job.
 *
 * @param row          1-based row number in the file (the header is row 1)
 * @param anonCode     an anonymous code (household) or a client code, or null
 * @param email        an e-mail address, trimmed and lower-cased, or null
 * @param phone        a phone number as written, or null
 * @param channel      the row's channel, or null when neither the file nor the caller gives one
 * @param at           when it happened (local date and time; midnight when the file gives no time)
 * @param outcome      what became of the contact
 * @param doNotContact whether the person asked for no more contact on the channel (unsubscribe, "stop")
 * @param amount       an order's revenue, or null
 * @param margin       an order's gross margin, or null
 * @param chain        the chain the row names, or null
 * @param step         the step the row names, or null
 */
public record ResultRow(long row, String anonCode, String email, String phone, Channel channel, LocalDateTime at,
                        ContactOutcome outcome, boolean doNotContact, Double amount, Double margin, String chain,
                        String step) {
    /** {@inheritDoc} E-mail and phone are hidden so that a stray log line leaks nothing. */
    @Override
    public String toString() {
        return "ResultRow[row=" + row + ", anonCode=" + anonCode + ", channel=" + channel + ", at=" + at + ", outcome="
                + outcome + ", contact fields hidden]";
    }
}
