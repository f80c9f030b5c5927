package org.geoprospect.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.store.HouseholdContactRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * What a tour sheet may show of the households a sales rep will visit. A field visit lifts part of
 * the anonymity, so it needs what the map's detail card needs ({@link ContactPolicy#cardView}: a
 * stored contact, an express consent on at least one channel, no objection on any channel, within
 * retention); then name and address are shown when the policy approves the POSTAL channel (a visit
 * at the home address is a contact at that address; a recorded postal refusal hides them) and the
 * phone when it approves the PHONE channel (to call ahead). Otherwise the household appears by its
 * anonymous code only. Thread-safe when the policy is.
 */
public final class FieldVisitContacts {
    private final ContactPolicy policy;

    public FieldVisitContacts(ContactPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The approved fields of one household for a field visit.
     *
     * @param name    first and last name, or null when not approved
     * @param address street, postal code and city on one line, or null when not approved
     * @param phone   display form of the phone, or null when not approved
     */
    public record VisitContact(String anonCode, String name, String address, String phone) {
        /** Whether any personal field may be shown. */
        public boolean revealed() {
            return name != null || address != null || phone != null;
        }

        @Override
        public String toString() {
            return "VisitContact[anonCode=" + anonCode + ", personal fields hidden]";
        }
    }

    /** Reads the stored contacts of the households and applies the rules above, by anonymous code. */
    public Map<String, VisitContact> forVisit(ProjectDatabase database, List<Household> households) {
        List<String> codes = new ArrayList<>();
        households.forEach(h -> codes.add(h.anonCode()));
        Map<String, HouseholdContact> stored = codes.isEmpty() ? Map.of()
                : new HouseholdContactRepository(database).findAll(codes);
        Map<String, VisitContact> result = new HashMap<>();
        for (Household h : households) {
            result.put(h.anonCode(), decide(h, Optional.ofNullable(stored.get(h.anonCode()))));
        }
        return result;
    }

    /** The rules above for one household. */
    public VisitContact decide(Household household, Optional<HouseholdContact> contact) {
        String code = household.anonCode();
        if (policy.cardView(household, contact).hiddenReason() != null) {
            return new VisitContact(code, null, null, null);
        }
        ContactPolicy.Approval postal = policy.approvedContact(household, contact, Channel.POSTAL);
        ContactPolicy.Approval phone = policy.approvedContact(household, contact, Channel.PHONE);
        String name = null;
        String address = null;
        if (postal.approved()) {
            ApprovedContact c = postal.contact();
            name = join(" ", c.firstName(), c.lastName());
            address = join(", ", c.address(), join(" ", c.postalCode(), c.city()));
        }
        return new VisitContact(code, name, address, phone.approved() ? phone.contact().phone() : null);
    }

    private static String join(String separator, String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                if (b.length() > 0) {
                    b.append(separator);
                }
                b.append(p.strip());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }
}
