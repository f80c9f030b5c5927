package org.geoprospect.analysis.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A marketing chain: a named, saved sequence of steps with branches on results.
 *
 * @param name        the chain's name, unique in the project
 * @param entry       who enters it (a saved target, reactivation, new leads)
 * @param steps       in order; a branch may only name an earlier step
 * @param caps        marketing-pressure caps
 * @param status      active (holds its people against other chains) or paused
 * @param exitOnOrder "ordered → leave the chain": whoever orders after entering is dropped from every later step
 */
public record Chain(String name, EntryRule entry, List<Step> steps, PressureCaps caps, ChainStatus status,
                    boolean exitOnOrder) {
    public Chain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entry, "entry");
        steps = List.copyOf(steps);
        caps = caps == null ? PressureCaps.NONE : caps;
        status = status == null ? ChainStatus.ACTIVE : status;
        if (name.isBlank()) {
            throw new IllegalArgumentException("A chain needs a name.");
        }
        Set<String> seen = new HashSet<>();
        for (Step step : steps) {
            String from = step.audience().fromStep();
            if (from != null && !seen.contains(from)) {
                throw new IllegalArgumentException("Chain '" + name + "': step '" + step.name()
                        + "' branches from '" + from + "', which is not an earlier step.");
            }
            if (!seen.add(step.name())) {
                throw new IllegalArgumentException("Chain '" + name + "': two steps are named '" + step.name() + "'.");
            }
        }
    }

    /** The step of that name. */
    public Optional<Step> step(String stepName) {
        return steps.stream().filter(s -> s.name().equals(stepName)).findFirst();
    }

    /** The position of the step in the chain, or -1. */
    public int indexOf(String stepName) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).name().equals(stepName)) {
                return i;
            }
        }
        return -1;
    }

    /** The same chain with another status. */
    public Chain withStatus(ChainStatus newStatus) {
        return new Chain(name, entry, steps, caps, newStatus, exitOnOrder);
    }
}
