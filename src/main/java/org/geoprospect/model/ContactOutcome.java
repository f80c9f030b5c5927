package org.geoprospect.model;

import java.util.Locale;

/**
 * What became of a contact. Each outcome has the direction it usually has: what we send is outbound,
 * what the person does (answers, orders, asks, refuses, unsubscribes) is inbound.
 */
public enum ContactOutcome {
    /** We sent a message or placed the contact on a list that left the project. */
    SENT(ContactDirection.OUTBOUND),
    /** The channel confirmed delivery. */
    DELIVERED(ContactDirection.OUTBOUND),
    /** The message could not be delivered (bad address, number out of service). */
    BOUNCED(ContactDirection.OUTBOUND),
    /** A call attempt nobody answered, or a message with no reply by the end of the step. */
    NO_ANSWER(ContactDirection.OUTBOUND),
    /** The person answered (a reply, a call taken, a click that asks for more). */
    ANSWERED(ContactDirection.INBOUND),
    /** The person refused (on the phone: no call for 60 days; "do not call" also records an objection). */
    REFUSED(ContactDirection.INBOUND),
    /** The person ordered; the event carries the amount and the gross margin. */
    ORDER(ContactDirection.INBOUND),
    /** The person unsubscribed from the channel (records an objection on it). */
    UNSUBSCRIBED(ContactDirection.INBOUND),
    /** The person asked us something on their own (a form, a call to the shop). */
    REQUEST(ContactDirection.INBOUND);

    private final ContactDirection usualDirection;
    private final String code = name().toLowerCase(Locale.ROOT);

    ContactOutcome(ContactDirection usualDirection) {
        this.usualDirection = usualDirection;
    }

    /** The direction a contact with this outcome has unless a file says otherwise. */
    public ContactDirection usualDirection() {
        return usualDirection;
    }

    /** Whether this outcome is a response of the person: answered, refused, order, unsubscribed, request. */
    public boolean isResponse() {
        return usualDirection == ContactDirection.INBOUND;
    }

    /** The lower-case code stored in the project ({@code no_answer}, {@code order}...). */
    public String code() {
        return code;
    }

    /** Parses a stored code such as {@code "no_answer"}; case-insensitive. */
    public static ContactOutcome fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
