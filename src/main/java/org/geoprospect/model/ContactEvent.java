package org.geoprospect.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One contact with a household or a client, as the contact history keeps it: never a name, an address,
 * a phone number or an e-mail, only the subject's code.
 *
 * @param id          the event's id in the project, 0 before it is stored
 * @param subjectKind household or client
 * @param subjectCode the household's anonymous code or the client's code
 * @param channel     the channel of the contact
 * @param at          when it happened
 * @param direction   outbound (from us) or inbound (from the person)
 * @param outcome     what became of it
 * @param amount      for an {@link ContactOutcome#ORDER}, the order's revenue in euros; otherwise null
 * @param margin      for an {@link ContactOutcome#ORDER}, its gross margin in euros; otherwise null
 * @param chainName   the marketing chain it belongs to, or null
 * @param stepName    the chain's step, or null
 * @param exportId    the audit-log id of the export that recorded it, or null
 * @param source      where the event comes from (an export, a results file's name...), or null
 */
public record ContactEvent(long id, ContactSubjectKind subjectKind, String subjectCode, Channel channel, OffsetDateTime at,
                           ContactDirection direction, ContactOutcome outcome, Double amount, Double margin,
                           String chainName, String stepName, Long exportId, String source) {
    public ContactEvent {
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** An event not yet stored, with the outcome's usual direction and no chain, export or order figures. */
    public static ContactEvent of(ContactSubjectKind kind, String code, Channel channel, OffsetDateTime at,
                                  ContactOutcome outcome) {
        return new ContactEvent(0, kind, code, channel, at, outcome.usualDirection(), outcome, null, null, null, null,
                null, null);
    }

    /** This event in a chain's step. */
    public ContactEvent inStep(String chain, String step) {
        return new ContactEvent(id, subjectKind, subjectCode, channel, at, direction, outcome, amount, margin, chain, step,
                exportId, source);
    }

    /** This event as recorded by an export (its audit-log id) or a results file (its name). */
    public ContactEvent from(Long export, String sourceName) {
        return new ContactEvent(id, subjectKind, subjectCode, channel, at, direction, outcome, amount, margin, chainName,
                stepName, export, sourceName);
    }

    /** This order event with its figures. */
    public ContactEvent withOrder(double orderAmount, double orderMargin) {
        return new ContactEvent(id, subjectKind, subjectCode, channel, at, direction, outcome, orderAmount, orderMargin,
                chainName, stepName, exportId, source);
    }
}
