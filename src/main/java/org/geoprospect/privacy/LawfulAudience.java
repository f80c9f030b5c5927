package org.geoprospect.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
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
 * Which households the {@link ContactPolicy} lets a list reach on a channel, without writing anything:
 * exactly the test {@link ContactListExporter} applies to each row. A chain's step draws its control group
 * among these only, so that the held-out people are comparable with the contacted ones (a person who could
 * not be contacted anyway would bias the control group). Returns codes and counts, never personal fields.
 */
public final class LawfulAudience {
    private static final int CHUNK = 10_000;

    private LawfulAudience() {
    }

    /** The households the policy allows, in the given order, and the others counted by reason. */
    public record Result(List<String> allowed, Map<ContactRefusal, Long> refused) {
    }

    /**
     * @param collectionDates the households' collection days (as the export reads them), may be
     *                        {@link CollectionDates#UNKNOWN}
     */
    public static Result screen(ProjectDatabase database, ContactPolicy policy, Collection<Household> households,
                                CollectionDates collectionDates, Channel channel) {
        Objects.requireNonNull(channel, "channel");
        HouseholdContactRepository repository = new HouseholdContactRepository(database);
        List<String> codes = households.stream().map(Household::anonCode).toList();
        Map<String, HouseholdContact> contacts = new HashMap<>();
        for (int from = 0; from < codes.size(); from += CHUNK) {
            contacts.putAll(repository.findAll(codes.subList(from, Math.min(codes.size(), from + CHUNK))));
        }
        ContactPolicy gate = policy.withCollectionDates(collectionDates);
        List<String> allowed = new ArrayList<>(households.size());
        Map<ContactRefusal, Long> refused = new EnumMap<>(ContactRefusal.class);
        for (Household h : households) {
            ContactRefusal refusal = gate.approvedContact(h, Optional.ofNullable(contacts.get(h.anonCode())), channel)
                    .refusal();
            if (refusal == null) {
                allowed.add(h.anonCode());
            } else {
                refused.merge(refusal, 1L, Long::sum);
            }
        }
        return new Result(allowed, refused);
    }
}
