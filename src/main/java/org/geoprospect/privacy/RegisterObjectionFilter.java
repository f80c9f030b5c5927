package org.geoprospect.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.geoprospect.analysis.criteria.ObjectionFilter;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.Selection;
import org.geoprospect.index.SelectionBuilder;
import org.geoprospect.model.Channel;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.store.HouseholdContactRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * The "not objected" criterion from the project's objection register: a household has objected on a
 * channel when an objection names its anonymous code, or its email or phone, on that channel or on
 * all. Matching by email or phone reads the contact fields here, inside the privacy gate; they never
 * leave it. The objections are read once, when the filter is made.
 *
 * <p>Thread-safe: the per-household masks are computed once per household columns, under a lock.
 */
public final class RegisterObjectionFilter implements ObjectionFilter {
    private static final int CONTACT_CHUNK = 20_000;

    private final ObjectionList objections;
    private final HouseholdContactRepository contacts;
    private HouseholdColumns maskedColumns;
    private byte[] masks;

    private RegisterObjectionFilter(ObjectionList objections, HouseholdContactRepository contacts) {
        this.objections = objections;
        this.contacts = contacts;
    }

    /** The filter for the project's objections as they are now; {@link ObjectionFilter#NONE} when there are none. */
    public static ObjectionFilter of(ProjectDatabase database, Clock clock) {
        ObjectionList list = new ObjectionRegister(database, clock).load();
        if (list.size() == 0) {
            return ObjectionFilter.NONE;
        }
        return new RegisterObjectionFilter(list, new HouseholdContactRepository(database));
    }

    @Override
    public synchronized Selection objected(HouseholdColumns households, Channel channel) {
        if (maskedColumns != households) {
            masks = masks(households);
            maskedColumns = households;
        }
        int bit = 1 << channel.ordinal();
        SelectionBuilder builder = new SelectionBuilder(households.size());
        for (int id = 0; id < masks.length; id++) {
            if ((masks[id] & bit) != 0) {
                builder.add(id);
            }
        }
        return builder.build();
    }

    /** One bit per channel and household: set when an objection covers that channel. */
    private byte[] masks(HouseholdColumns households) {
        byte[] result = new byte[households.size()];
        boolean needContacts = objections.namesContacts();
        for (int from = 0; from < households.size(); from += CONTACT_CHUNK) {
            int to = Math.min(households.size(), from + CONTACT_CHUNK);
            Map<String, HouseholdContact> chunk = needContacts ? contacts.findAll(codes(households, from, to)) : Map.of();
            for (int id = from; id < to; id++) {
                String code = households.anonCode(id);
                for (Objection objection : objections.matching(code, Optional.ofNullable(chunk.get(code)))) {
                    for (Channel channel : Channel.values()) {
                        if (objection.covers(channel)) {
                            result[id] |= (byte) (1 << channel.ordinal());
                        }
                    }
                }
            }
        }
        return result;
    }

    private static List<String> codes(HouseholdColumns households, int from, int to) {
        List<String> codes = new ArrayList<>(to - from);
        for (int id = from; id < to; id++) {
            codes.add(households.anonCode(id));
        }
        return codes;
    }
}
