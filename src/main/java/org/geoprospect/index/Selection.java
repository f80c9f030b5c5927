package org.geoprospect.index;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * An immutable set of ids in 0..{@link #universe()}-1 (households, clients...), held as a bit set:
 * one bit per id, so 125 KB per million ids whatever the count, with O(universe/64) set operations.
 * The map's tools combine selections with {@link #or} (add), {@link #andNot} (subtract) and
 * {@link #and} (intersect).
 *
 * <p>Immutable and thread-safe. Operations between selections of different universes throw
 * {@link IllegalArgumentException}; null arguments throw {@link NullPointerException}.
 */
public final class Selection {
    private final int universe;
    private final long[] words;
    private final int cardinality;

    Selection(int universe, long[] words) {
        this.universe = universe;
        this.words = words;
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        this.cardinality = count;
    }

    /** No id of a universe of that size. */
    public static Selection none(int universe) {
        checkUniverse(universe);
        return new Selection(universe, new long[wordCount(universe)]);
    }

    /** Every id of a universe of that size. */
    public static Selection all(int universe) {
        checkUniverse(universe);
        long[] words = new long[wordCount(universe)];
        Arrays.fill(words, -1L);
        if (universe % 64 != 0) {
            words[words.length - 1] = (1L << (universe % 64)) - 1;
        }
        return new Selection(universe, words);
    }

    /**
     * The given ids (repeats allowed).
     *
     * @throws IndexOutOfBoundsException when an id lies outside the universe
     */
    public static Selection of(int universe, int... ids) {
        SelectionBuilder builder = new SelectionBuilder(universe);
        for (int id : ids) {
            builder.add(id);
        }
        return builder.build();
    }

    /** The number of possible ids (e.g. the number of households). */
    public int universe() {
        return universe;
    }

    /** The number of ids in the selection. */
    public int cardinality() {
        return cardinality;
    }

    public boolean isEmpty() {
        return cardinality == 0;
    }

    /** Whether the id is selected; false for an id outside the universe. */
    public boolean contains(int id) {
        return id >= 0 && id < universe && (words[id >>> 6] & (1L << id)) != 0;
    }

    /** The ids in both (intersect). */
    public Selection and(Selection other) {
        long[] result = sameUniverse(other).clone();
        for (int i = 0; i < result.length; i++) {
            result[i] &= other.words[i];
        }
        return new Selection(universe, result);
    }

    /** The ids in either (add). */
    public Selection or(Selection other) {
        long[] result = sameUniverse(other).clone();
        for (int i = 0; i < result.length; i++) {
            result[i] |= other.words[i];
        }
        return new Selection(universe, result);
    }

    /** The ids of this selection that are not in the other (subtract). */
    public Selection andNot(Selection other) {
        long[] result = sameUniverse(other).clone();
        for (int i = 0; i < result.length; i++) {
            result[i] &= ~other.words[i];
        }
        return new Selection(universe, result);
    }

    /** The next selected id at or after {@code from}, or -1. */
    public int nextId(int from) {
        if (from < 0) {
            from = 0;
        }
        if (from >= universe) {
            return -1;
        }
        int w = from >>> 6;
        long word = words[w] & (-1L << from);
        while (true) {
            if (word != 0) {
                return w * 64 + Long.numberOfTrailingZeros(word);
            }
            if (++w == words.length) {
                return -1;
            }
            word = words[w];
        }
    }

    /** Calls the action with each selected id, in increasing order. */
    public void forEach(IntConsumer action) {
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                action.accept(w * 64 + Long.numberOfTrailingZeros(word));
                word &= word - 1;
            }
        }
    }

    /** The selected ids in increasing order. */
    public int[] toArray() {
        int[] ids = new int[cardinality];
        int[] next = {0};
        forEach(id -> ids[next[0]++] = id);
        return ids;
    }

    private long[] sameUniverse(Selection other) {
        if (other.universe != universe) {
            throw new IllegalArgumentException("Cannot combine a selection over " + universe
                    + " ids with one over " + other.universe + " ids.");
        }
        return words;
    }

    static int wordCount(int universe) {
        return (universe + 63) >>> 6;
    }

    static void checkUniverse(int universe) {
        if (universe < 0) {
            throw new IllegalArgumentException("A selection's universe must be 0 or more, got " + universe + ".");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selection s && s.universe == universe && Arrays.equals(s.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * universe + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Selection[" + cardinality + " of " + universe + "]";
    }
}
