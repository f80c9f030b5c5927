package org.geoprospect.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;

/**
 * The suppression list: every objection, indexed for constant-time lookup by anonymous code,
 * normalised email and normalised phone. Immutable and thread-safe once built.
 */
public final class ObjectionList {
    private static final ObjectionList EMPTY = new ObjectionList(List.of());

    private final Map<String, List<Objection>> byCode = new HashMap<>();
    private final Map<String, List<Objection>> byEmail = new HashMap<>();
    private final Map<String, List<Objection>> byPhone = new HashMap<>();
    private final int size;

    private ObjectionList(Collection<Objection> objections) {
        for (Objection o : objections) {
            add(byCode, o.anonCode(), o);
            add(byEmail, o.email(), o);
            add(byPhone, o.phone(), o);
        }
        size = objections.size();
    }

    /** A list of these objections (duplicates are harmless). */
    public static ObjectionList of(Collection<Objection> objections) {
        return new ObjectionList(List.copyOf(objections));
    }

    /** No objection at all. */
    public static ObjectionList empty() {
        return EMPTY;
    }

    /** How many objections the list was built from. */
    public int size() {
        return size;
    }

    /**
     * An objection covering this channel that names the household by code, or its contact by email or
     * phone; empty when none does.
     *
     * @param contact the household's personal fields, if stored (needed to match email and phone)
     */
    public Optional<Objection> find(Household household, Optional<HouseholdContact> contact, Channel channel) {
        return matching(household, contact).stream().filter(o -> o.covers(channel)).findFirst();
    }

    /** An objection on every channel naming the household or its contact; empty when none does. */
    public Optional<Objection> findAllChannels(Household household, Optional<HouseholdContact> contact) {
        return matching(household, contact).stream().filter(Objection::allChannels).findFirst();
    }

    /** Every objection naming the household or its contact, on any channel. */
    public List<Objection> matching(Household household, Optional<HouseholdContact> contact) {
        return matching(household.anonCode(), contact);
    }

    /** Every objection naming the anonymous code or the contact's email or phone, on any channel. */
    List<Objection> matching(String anonCode, Optional<HouseholdContact> contact) {
        List<Objection> found = new ArrayList<>(byCode.getOrDefault(anonCode, List.of()));
        if (contact.isPresent()) {
            HouseholdContact c = contact.get();
            if (c.email() != null && !c.email().isBlank()) {
                found.addAll(byEmail.getOrDefault(c.email().strip().toLowerCase(Locale.ROOT), List.of()));
            }
            String phone = PhoneNumbers.normalise(c.phone());
            if (phone != null) {
                found.addAll(byPhone.getOrDefault(phone, List.of()));
            }
        }
        return found;
    }

    /** Whether some objections name people by email or phone (matching them needs the contact fields). */
    boolean namesContacts() {
        return !byEmail.isEmpty() || !byPhone.isEmpty();
    }

    private static void add(Map<String, List<Objection>> index, String key, Objection o) {
        if (key != null) {
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(o);
        }
    }
}
