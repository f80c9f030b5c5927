package org.geoprospect.analysis.campaign;

import java.util.Objects;

/**
 * Who enters a chain: the audience of its entry steps. Pure data; the service evaluates it on the project.
 */
public sealed interface EntryRule {
    /** The households (and clients) a saved target selects when the step is prepared. */
    record SavedTarget(String target) implements EntryRule {
        public SavedTarget {
            Objects.requireNonNull(target, "target");
        }
    }

    /** Reactivation: the clients whose last order is at least {@code months} months old (or who never ordered). */
    record Reactivation(int months) implements EntryRule {
        public Reactivation {
            if (months < 1) {
                throw new IllegalArgumentException("A reactivation rule needs at least 1 month without an order, not " + months + ".");
            }
        }
    }

    /** New leads: the households that entered the project in the last {@code days} days. */
    record NewLeads(int days) implements EntryRule {
        public NewLeads {
            if (days < 1) {
                throw new IllegalArgumentException("A new-leads rule needs at least 1 day, not " + days + ".");
            }
        }
    }
}
