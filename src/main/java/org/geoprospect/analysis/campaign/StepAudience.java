package org.geoprospect.analysis.campaign;

import java.util.Objects;

/**
 * Whom a step addresses: the chain's entry, or an outcome branch of an earlier step. See
 * {@link ChainAudience} for the exact semantics.
 */
public sealed interface StepAudience {
    /** The chain's entry rule. */
    record Entry() implements StepAudience {
    }

    /**
     * "No answer to step X after N days": contacted in X, no response of any kind (answered, order, refused,
     * unsubscribed, request) since that contact, and at least {@code days} days elapsed since it.
     */
    record NoAnswer(String step, int days) implements StepAudience {
        public NoAnswer {
            Objects.requireNonNull(step, "step");
            if (days < 0) {
                throw new IllegalArgumentException("A no-answer branch needs 0 days or more, not " + days + ".");
            }
        }
    }

    /** "Answered step X": contacted in X and answered, ordered or asked something since that contact. */
    record Answered(String step) implements StepAudience {
        public Answered {
            Objects.requireNonNull(step, "step");
        }
    }

    /** The step this audience branches from, or null for the entry. */
    default String fromStep() {
        if (this instanceof NoAnswer n) {
            return n.step();
        }
        if (this instanceof Answered a) {
            return a.step();
        }
        return null;
    }
}
