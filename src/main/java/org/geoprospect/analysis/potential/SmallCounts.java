package org.geoprospect.analysis.potential;

/**
 * The privacy rule for aggregates shown or exported: a group of fewer than {@value #THRESHOLD}
 * households is never revealed; its count is written {@code "<10"}. Stateless.
 */
public final class SmallCounts {
    /** Counts below this are masked. */
    public static final int THRESHOLD = 10;
    /** What a masked count shows. */
    public static final String MASK = "<" + THRESHOLD;

    private SmallCounts() {
    }

    /** The count as shown: its digits, or {@code "<10"} for 0 < count < 10. Zero is shown: it reveals no one. */
    public static String show(long count) {
        return count > 0 && count < THRESHOLD ? MASK : Long.toString(count);
    }

    /** Whether the count must be masked. */
    public static boolean masked(long count) {
        return count > 0 && count < THRESHOLD;
    }
}
