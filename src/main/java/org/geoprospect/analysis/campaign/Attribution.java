package org.geoprospect.analysis.campaign;

/**
 * How responses and orders are credited to a chain's steps: an inbound event (answer, order, unsubscribe, refusal) of a person within {@code windowDays} days
 * (inclusive) after one of their contacts in the chain goes to the last such contact before it ("last
 * contact wins"). Only the chain's own contacts compete.
 */
public record Attribution(int windowDays) {
    /** The rule's name as shown in the report. */
    public static final String RULE = "last-contact";
    /** 30 days, the default window. */
    public static final Attribution DEFAULT = new Attribution(30);

    public Attribution {
        if (windowDays < 1) {
            throw new IllegalArgumentException("The attribution window needs at least 1 day, not " + windowDays + ".");
        }
    }
}
