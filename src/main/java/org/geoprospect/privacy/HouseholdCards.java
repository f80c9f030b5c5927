package org.geoprospect.privacy;

import java.util.Objects;
import java.util.Optional;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.store.HouseholdContactRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * Reads a household's stored contact and passes it straight through {@link ContactPolicy#cardView}, so
 * the map's detail card never holds a raw {@link HouseholdContact}: what leaves this class is the
 * policy's {@link CardView}. Thread-safe when the policy is.
 */
public final class HouseholdCards {
    private final ContactPolicy policy;

    public HouseholdCards(ContactPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** What the detail card of {@code household} may show, reading its contact from the open project. */
    public CardView cardView(ProjectDatabase database, Household household) {
        Optional<HouseholdContact> contact = new HouseholdContactRepository(database).find(household.anonCode());
        return policy.cardView(household, contact);
    }
}
