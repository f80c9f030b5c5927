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
 * What a sales tour may do with the households a rep will visit, decided once, before the tour is
 * planned, so that the tour planned is the tour printed.
 *
 * <p>First, whether the household may be on the tour at all: not when it may not even appear in a
 * pseudonymised list ({@link ContactPolicy#pseudonymisedRefusal}: an objection on all channels, or past
 * retention), its stored contact taken into account (an objection may name its phone or email).
 *
 * <p>Then, what its sheet row may show. A field visit lifts part of the anonymity, so it needs what the
 * map's detail card needs ({@link ContactPolicy#cardView}: a stored contact, an express consent on at
 * least one channel, no objection on any channel, within retention); then name and address are shown
 * when the policy approves the POSTAL channel (a visit at the home address is a contact at that address;
 * a recorded postal refusal hides them) and the phone when it approves the PHONE channel (to call ahead).
 * Otherwise the household is visited by its anonymous code, commune and position, and
 * {@link VisitContact#withheld()} says why. Thread-safe when the policy is.
 */
public final class FieldVisitContacts {
    private final ContactPolicy policy;

    public FieldVisitContacts(ContactPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The decision for one household.
     *
     * @param leftOut  why the household may not be on a tour at all (objection on all channels, retention),
     *                 or null when it may; every other field is then null
     * @param withheld why name and address are not shown, or null when they are (or when left out)
     * @param name     first and last name, or null when not approved
     * @param address  street, postal code and city on one line, or null when not approved
     * @param phone    display form of the phone, or null when not approved
     */
    public record VisitContact(String anonCode, ContactRefusal leftOut, AddressWithheld withheld, String name,
                               String address, String phone) {
        /** Whether any personal field may be shown. */
        public boolean revealed() {
            return name != null || address != null || phone != null;
        }

        /** Whether the household may be on the tour. */
        public boolean listed() {
            return leftOut == null;
        }

        @Override
        public String toString() {
            return "VisitContact[anonCode=" + anonCode + ", leftOut=" + leftOut + ", withheld=" + withheld
                    + ", personal fields hidden]";
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
        Optional<ContactRefusal> refusal = policy.pseudonymisedRefusal(household, contact);
        if (refusal.isPresent()) {
            return new VisitContact(code, refusal.get(), null, null, null, null);
        }
        CardHiddenReason hidden = policy.cardView(household, contact).hiddenReason();
        if (hidden != null) {
            return new VisitContact(code, null, withheld(hidden), null, null, null);
        }
        ContactPolicy.Approval postal = policy.approvedContact(household, contact, Channel.POSTAL);
        ContactPolicy.Approval phone = policy.approvedContact(household, contact, Channel.PHONE);
        String name = null;
        String address = null;
        AddressWithheld withheld = null;
        if (postal.approved()) {
            ApprovedContact c = postal.contact();
            name = join(" ", c.firstName(), c.lastName());
            address = join(", ", c.address(), join(" ", c.postalCode(), c.city()));
        } else {
            withheld = withheld(postal.refusal());
        }
        return new VisitContact(code, null, withheld, name, address, phone.approved() ? phone.contact().phone() : null);
    }

    private static AddressWithheld withheld(CardHiddenReason reason) {
        return switch (reason) {
            case NO_CONTACT_STORED -> AddressWithheld.NO_CONTACT_DETAILS;
            case OBJECTION -> AddressWithheld.CHANNEL_OBJECTION;
            // Past retention is a left-out household: decided before the card is asked.
            case NO_CONSENT, RETENTION_EXPIRED -> AddressWithheld.NO_VISIT_CONSENT;
        };
    }

    private static AddressWithheld withheld(ContactRefusal postalRefusal) {
        return switch (postalRefusal) {
            case OBJECTION -> AddressWithheld.CHANNEL_OBJECTION;
            case NO_CONTACT_DETAILS -> AddressWithheld.NO_CONTACT_DETAILS;
            case NO_CONSENT, RETENTION_EXPIRED -> AddressWithheld.NO_VISIT_CONSENT;
        };
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
