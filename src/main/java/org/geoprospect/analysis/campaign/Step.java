package org.geoprospect.analysis.campaign;

import java.util.Objects;
import org.geoprospect.model.Channel;

/**
 * One step of a marketing chain.
 *
 * @param name           unique in the chain
 * @param channel        the channel its list is prepared for
 * @param message        the message's label (e.g. "Spring offer e-mail")
 * @param unitCost       cost per contact, euros, &ge; 0
 * @param fixedCost      fixed cost of the step (design, set-up), euros, &ge; 0
 * @param delayDays      planned delay after the previous step, days (the schedule; a branch's own
 *                       {@code days} is the per-person condition)
 * @param audience       the entry or an outcome branch of an earlier step
 * @param controlPercent share of the audience held out as a control group, 0 to 100
 * @param seed           seed of the reproducible hold-out draw
 */
public record Step(String name, Channel channel, String message, double unitCost, double fixedCost, int delayDays,
                   StepAudience audience, double controlPercent, long seed) {
    public Step {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(audience, "audience");
        message = message == null ? "" : message;
        if (name.isBlank()) {
            throw new IllegalArgumentException("A step needs a name.");
        }
        if (!(unitCost >= 0) || !(fixedCost >= 0)) {
            throw new IllegalArgumentException("Step '" + name + "': costs must be 0 or more.");
        }
        if (delayDays < 0) {
            throw new IllegalArgumentException("Step '" + name + "': the delay must be 0 days or more.");
        }
        if (!(controlPercent >= 0 && controlPercent <= 100)) {
            throw new IllegalArgumentException("Step '" + name + "': the control group is 0 to 100 %, not " + controlPercent + ".");
        }
    }

    /** The step's cost for this many contacts: unit cost × contacts + fixed cost. */
    public double cost(long contacts) {
        return unitCost * contacts + fixedCost;
    }
}
