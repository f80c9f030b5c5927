package org.geoprospect.index;

import java.util.function.IntConsumer;

/**
 * Collects ids into a {@link Selection}; usable directly as the {@link IntConsumer} of a query or
 * of a criteria loop. Not thread-safe; single use.
 */
public final class SelectionBuilder implements IntConsumer {
    private final int universe;
    private long[] words;

    /** A builder for ids 0..universe-1. */
    public SelectionBuilder(int universe) {
        Selection.checkUniverse(universe);
        this.universe = universe;
        this.words = new long[Selection.wordCount(universe)];
    }

    /**
     * Adds an id.
     *
     * @throws IndexOutOfBoundsException when the id lies outside the universe
     */
    public SelectionBuilder add(int id) {
        if (id < 0 || id >= universe) {
            throw new IndexOutOfBoundsException("Id " + id + " lies outside 0.." + (universe - 1) + ".");
        }
        words[id >>> 6] |= 1L << id;
        return this;
    }

    @Override
    public void accept(int id) {
        add(id);
    }

    /** The selection; the builder cannot be used afterwards. */
    public Selection build() {
        if (words == null) {
            throw new IllegalStateException("This builder has already built its selection.");
        }
        Selection selection = new Selection(universe, words);
        words = null;
        return selection;
    }
}
