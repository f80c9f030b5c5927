package org.geoprospect.analysis.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;

/**
 * What the project knows of one chain's people, indexed for the audience and report rules: when each
 * person was contacted in each step (the chain's SENT events), when each was held out (the recorded step
 * runs), and every inbound event of these people (answers, orders, refusals... from any source, since a
 * results file or an orders file may not name the chain). Immutable once built.
 */
public final class ChainHistory {
    /** One held-out member of a step run. */
    public record HeldOut(String step, String code, OffsetDateTime runAt) {
    }

    private final String chainName;
    private final Map<String, Map<String, OffsetDateTime>> sentByStep = new HashMap<>();
    private final Map<String, Map<String, OffsetDateTime>> heldOutByStep = new HashMap<>();
    private final Map<String, OffsetDateTime> entryAt = new HashMap<>();
    private final Map<String, List<ContactEvent>> inbound = new HashMap<>();
    private final Map<String, List<ContactEvent>> chainContacts = new HashMap<>();

    /**
     * @param chainName the chain
     * @param events    the events of the chain's people (any order; others' events are ignored harmlessly)
     * @param heldOut   every held-out member of the chain's step runs
     */
    public ChainHistory(String chainName, Collection<ContactEvent> events, Collection<HeldOut> heldOut) {
        this.chainName = chainName;
        for (ContactEvent e : events) {
            if (e.outcome() == ContactOutcome.SENT && chainName.equals(e.chainName()) && e.stepName() != null) {
                sentByStep.computeIfAbsent(e.stepName(), k -> new HashMap<>()).merge(e.subjectCode(), e.at(), ChainHistory::earlier);
                entryAt.merge(e.subjectCode(), e.at(), ChainHistory::earlier);
                chainContacts.computeIfAbsent(e.subjectCode(), k -> new ArrayList<>()).add(e);
            } else if (e.outcome().isResponse()) {
                inbound.computeIfAbsent(e.subjectCode(), k -> new ArrayList<>()).add(e);
            }
        }
        for (HeldOut h : heldOut) {
            heldOutByStep.computeIfAbsent(h.step(), k -> new HashMap<>()).merge(h.code(), h.runAt(), ChainHistory::earlier);
            entryAt.merge(h.code(), h.runAt(), ChainHistory::earlier);
        }
        Comparator<ContactEvent> byTime = Comparator.comparing(ContactEvent::at).thenComparingLong(ContactEvent::id);
        inbound.values().forEach(list -> list.sort(byTime));
        chainContacts.values().forEach(list -> list.sort(byTime));
    }

    private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? b : a;
    }

    public String chainName() {
        return chainName;
    }

    /** Who was contacted in the step, with the time of their first contact in it. */
    public Map<String, OffsetDateTime> sent(String step) {
        return Collections.unmodifiableMap(sentByStep.getOrDefault(step, Map.of()));
    }

    /** Who was held out of the step, with the time of the run that held them out. */
    public Map<String, OffsetDateTime> heldOut(String step) {
        return Collections.unmodifiableMap(heldOutByStep.getOrDefault(step, Map.of()));
    }

    /** When the person entered the chain (first contact or hold-out in it), or null. */
    public OffsetDateTime entryAt(String code) {
        return entryAt.get(code);
    }

    /** The person's inbound events (responses of any kind), oldest first. */
    public List<ContactEvent> inbound(String code) {
        return inbound.getOrDefault(code, List.of());
    }

    /** The person's contacts in this chain (SENT events of its steps), oldest first. */
    public List<ContactEvent> chainContacts(String code) {
        return chainContacts.getOrDefault(code, List.of());
    }

    /** Whether the person has an inbound event of one of these outcomes at or after {@code from}. */
    public boolean respondedSince(String code, OffsetDateTime from, java.util.Set<ContactOutcome> outcomes) {
        for (ContactEvent e : inbound(code)) {
            if (!e.at().isBefore(from) && outcomes.contains(e.outcome())) {
                return true;
            }
        }
        return false;
    }
}
