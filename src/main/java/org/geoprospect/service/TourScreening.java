package org.geoprospect.service;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.privacy.AddressWithheld;
import org.geoprospect.privacy.ContactRefusal;

/**
 * What the contact policy makes of a tour's candidate stops, before the tour is planned: who is left
 * out and why (an objection to prospecting on all channels, or past the retention period), and who is
 * visited without a name or address on the sheet and why (no consent for a visit, an objection to one
 * channel, no contact details). Clients are never left out. Immutable.
 *
 * @param listed         the codes that may be on the tour, in the order asked
 * @param leftOut        the households left out, in the order asked
 * @param withoutAddress the listed households whose sheet row gives no name or address, in the order asked
 */
public record TourScreening(List<String> listed, List<LeftOut> leftOut, List<WithoutAddress> withoutAddress) {
    public TourScreening {
        listed = List.copyOf(listed);
        leftOut = List.copyOf(leftOut);
        withoutAddress = List.copyOf(withoutAddress);
    }

    /** A household the policy leaves out of any tour. */
    public record LeftOut(String code, ContactRefusal reason) {
        public LeftOut {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A listed household visited by its commune and position, without name or address. */
    public record WithoutAddress(String code, AddressWithheld reason) {
        public WithoutAddress {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** How many are left out for each reason, in the policy's order of reasons. */
    public Map<ContactRefusal, Integer> leftOutByReason() {
        Map<ContactRefusal, Integer> counts = new EnumMap<>(ContactRefusal.class);
        leftOut.forEach(l -> counts.merge(l.reason(), 1, Integer::sum));
        return counts;
    }

    /** How many are visited without an address, for each reason. */
    public Map<AddressWithheld, Integer> withoutAddressByReason() {
        Map<AddressWithheld, Integer> counts = new EnumMap<>(AddressWithheld.class);
        withoutAddress.forEach(w -> counts.merge(w.reason(), 1, Integer::sum));
        return counts;
    }
}
