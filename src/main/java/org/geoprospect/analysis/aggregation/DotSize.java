package org.geoprospect.analysis.aggregation;

/**
 * The three prospect dot sizes of the customer's maps: a dot stands for 10, 25 or 50 prospects at
 * that place. Declared from the largest, the order of the greedy decomposition.
 */
public enum DotSize {
    LARGE(50, 10), MEDIUM(25, 7), SMALL(10, 4);

    /** The smallest group ever shown: fewer households would reveal too small a group (CNIL practice). */
    public static final int MINIMUM_GROUP = 10;

    private final int households;
    private final int pixelRadius;

    DotSize(int households, int pixelRadius) {
        this.households = households;
        this.pixelRadius = pixelRadius;
    }

    /** The dot's radius on screen, in pixels: the painter draws it so, the arrangement spaces dots by it. */
    public int pixelRadius() {
        return pixelRadius;
    }

    /** How many prospects one dot of this size stands for. */
    public int households() {
        return households;
    }

    /**
     * How many dots of each size represent a count, greedily from the largest: 87 gives one 50, one
     * 25 and one 10 (the remainder 2 is not drawn); 130 gives two 50 and one 25. A count under
     * {@link #MINIMUM_GROUP} gives no dot.
     *
     * @return dots per size, indexed by {@link #ordinal()} (large, medium, small)
     * @throws IllegalArgumentException when the count is negative
     */
    public static int[] decompose(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("A group cannot hold " + count + " households.");
        }
        int[] dots = new int[values().length];
        int rest = count;
        for (DotSize size : values()) {
            dots[size.ordinal()] = rest / size.households;
            rest %= size.households;
        }
        return dots;
    }

    /** The prospects the dots of a count stand for (the count minus the undrawn remainder). */
    public static int represented(int count) {
        int[] dots = decompose(count);
        int total = 0;
        for (DotSize size : values()) {
            total += dots[size.ordinal()] * size.households;
        }
        return total;
    }
}
