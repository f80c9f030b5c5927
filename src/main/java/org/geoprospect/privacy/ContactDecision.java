package org.geoprospect.privacy;

import java.util.Objects;
import org.geoprospect.model.Channel;

/**
 * The policy's answer for one household on one channel: exactly one of {@code basis} (allowed) and
 * {@code refusal} (refused) is set.
 */
public record ContactDecision(Channel channel, ContactBasis basis, ContactRefusal refusal) {
    public ContactDecision {
        Objects.requireNonNull(channel, "channel");
        if ((basis == null) == (refusal == null)) {
            throw new IllegalArgumentException("A decision has either a basis or a refusal");
        }
    }

    static ContactDecision allowed(Channel channel, ContactBasis basis) {
        return new ContactDecision(channel, basis, null);
    }

    static ContactDecision refused(Channel channel, ContactRefusal refusal) {
        return new ContactDecision(channel, null, refusal);
    }

    /** Whether the household may be contacted on the channel. */
    public boolean allowed() {
        return basis != null;
    }
}
