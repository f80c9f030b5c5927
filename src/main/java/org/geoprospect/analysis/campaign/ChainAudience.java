package org.geoprospect.analysis.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoprospect.model.ContactOutcome;

/**
 * A step's audience before the pressure caps and the control group, from the chain's history:
 * <ul>
 * <li><b>entry</b>: the entry rule's codes, as the service evaluated them;</li>
 * <li><b>no answer to X after N days</b>: contacted in X (a SENT event of the chain's step X), no inbound
 * event of any kind (answered, order, refused, unsubscribed, request) at or after that contact, and at
 * least N days (N × 24 h) since it;</li>
 * <li><b>answered X</b>: contacted in X and answered, ordered or asked something at or after that contact;</li>
 * </ul>
 * then, in every case, minus whoever was already contacted or held out in this very step (a step is
 * prepared once per person), and — when the chain's {@code exitOnOrder} is set — minus whoever ordered at
 * or after entering the chain (first contact or hold-out in it): "ordered → leave the chain". Pure.
 */
public final class ChainAudience {
    /** The outcomes that count as "answered" for an answered branch. */
    public static final Set<ContactOutcome> POSITIVE = EnumSet.of(ContactOutcome.ANSWERED, ContactOutcome.ORDER,
            ContactOutcome.REQUEST);
    /** Every response: any of them rules a person out of a no-answer branch. */
    public static final Set<ContactOutcome> ANY_RESPONSE = EnumSet.of(ContactOutcome.ANSWERED, ContactOutcome.ORDER,
            ContactOutcome.REFUSED, ContactOutcome.UNSUBSCRIBED, ContactOutcome.REQUEST);

    private ChainAudience() {
    }

    /**
     * The audience and why others were left out.
     *
     * @param candidates  the people of the audience, in list order (distinct codes)
     * @param alreadyInStep already contacted or held out in this step
     * @param ordered     left the chain by ordering
     * @param notYet      in a no-answer branch whose N days have not yet elapsed
     */
    public record Result(List<String> candidates, int alreadyInStep, int ordered, int notYet) {
    }

    /**
     * @param entryCodes the entry rule's codes (used only when the step's audience is the entry)
     * @param now        when the step is prepared
     */
    public static Result of(Chain chain, Step step, Collection<String> entryCodes, ChainHistory history,
                            OffsetDateTime now) {
        List<String> base = new ArrayList<>();
        int notYet = 0;
        StepAudience audience = step.audience();
        if (audience instanceof StepAudience.Entry) {
            base.addAll(new LinkedHashSet<>(entryCodes));
        } else if (audience instanceof StepAudience.NoAnswer branch) {
            for (Map.Entry<String, OffsetDateTime> sent : sortedSent(history, branch.step())) {
                if (history.respondedSince(sent.getKey(), sent.getValue(), ANY_RESPONSE)) {
                    continue;
                }
                if (sent.getValue().plusDays(branch.days()).isAfter(now)) {
                    notYet++;
                    continue;
                }
                base.add(sent.getKey());
            }
        } else if (audience instanceof StepAudience.Answered branch) {
            for (Map.Entry<String, OffsetDateTime> sent : sortedSent(history, branch.step())) {
                if (history.respondedSince(sent.getKey(), sent.getValue(), POSITIVE)) {
                    base.add(sent.getKey());
                }
            }
        }
        Set<String> sentHere = history.sent(step.name()).keySet();
        Set<String> heldHere = history.heldOut(step.name()).keySet();
        List<String> candidates = new ArrayList<>(base.size());
        int already = 0;
        int ordered = 0;
        Set<ContactOutcome> order = EnumSet.of(ContactOutcome.ORDER);
        for (String code : base) {
            if (sentHere.contains(code) || heldHere.contains(code)) {
                already++;
                continue;
            }
            OffsetDateTime entered = history.entryAt(code);
            if (chain.exitOnOrder() && entered != null && history.respondedSince(code, entered, order)) {
                ordered++;
                continue;
            }
            candidates.add(code);
        }
        return new Result(candidates, already, ordered, notYet);
    }

    private static List<Map.Entry<String, OffsetDateTime>> sortedSent(ChainHistory history, String step) {
        List<Map.Entry<String, OffsetDateTime>> sent = new ArrayList<>(history.sent(step).entrySet());
        sent.sort(Map.Entry.comparingByKey());
        return sent;
    }
}
