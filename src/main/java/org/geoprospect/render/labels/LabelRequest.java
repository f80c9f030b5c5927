package org.geoprospect.render.labels;

import java.util.Objects;

/**
 * One label to place: its text, the screen point it names, how its candidate positions are made and how
 * much it matters. Made through {@link #beside} (a point marker: twelve positions around it, in rings) or
 * {@link #inside} (a polygon: positions around an interior point). Immutable.
 *
 * @param text          the text, not blank
 * @param x             screen x of the point or of the polygon's interior point
 * @param y             screen y
 * @param anchor        how the candidates sit around the point
 * @param markerRadius  half the marker's size in pixels (0 for areas): candidates keep clear of it
 * @param style         font, colours, halo
 * @param rank          {@link LabelRanks}: lower ranks are placed first
 * @param priority      within a rank, larger first (e.g. a commune's population)
 * @param rings         how many rings of positions a label beside a marker tries (1 to
 *                      {@value #MAX_RINGS}): the twelve positions touching the marker, then the
 *                      same twelve {@value #RING_STEP} px further out for each more ring
 * @param mandatory     whether the label must be kept while any place is left (competitors): when every
 *                      position is taken, it takes the one free of other labels that covers the least
 *                      marker area
 * @param ownObstacle   the index of the label's own marker among the placer's obstacles (it may touch its
 *                      own marker's box at a diagonal position), or -1
 * @param region        for an area's label, where its box may go (inside the polygon), or null for anywhere
 */
public record LabelRequest(String text, double x, double y, LabelAnchor anchor, double markerRadius, LabelStyle style,
                           int rank, double priority, int rings, boolean mandatory, int ownObstacle,
                           ScreenRegion region) {
    /** The most rings of positions a label may try beside its marker (a mandatory label tries them all). */
    public static final int MAX_RINGS = 12;
    /**
     * From this ring on (0 being the positions touching the marker, so {@value} × {@value #RING_STEP} px away and
     * more), a placed label is joined to its marker by a leader line: that far, it might be read as another's.
     */
    public static final int LEADER_RING = 2;
    /** Pixels between two rings of positions. */
    public static final double RING_STEP = 6;

    /** How candidate positions are made. */
    public enum LabelAnchor {
        /** Beside a round marker: diagonal positions touch the circle, not its bounding square. */
        ROUND_MARKER,
        /** Beside a square marker: diagonal positions clear its corners. */
        SQUARE_MARKER,
        /** Over a polygon: centred on its interior point, then shifted around it, nearest first. */
        AREA
    }

    public LabelRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(style, "style");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A label needs a text.");
        }
        if (!(markerRadius >= 0)) {
            throw new IllegalArgumentException("A marker radius must not be negative, got " + markerRadius + ".");
        }
        if (rings < 1 || rings > MAX_RINGS) {
            throw new IllegalArgumentException("A label tries 1 to " + MAX_RINGS
                    + " rings of positions, not " + rings + ".");
        }
        if (Double.isNaN(priority)) {
            priority = 0;
        }
    }

    /** A label beside a point marker of the given radius. */
    public static LabelRequest beside(String text, double x, double y, double markerRadius, boolean roundMarker,
                                      LabelStyle style, int rank, double priority) {
        return new LabelRequest(text, x, y, roundMarker ? LabelAnchor.ROUND_MARKER : LabelAnchor.SQUARE_MARKER,
                markerRadius, style, rank, priority, 1, false, -1, null);
    }

    /**
     * A label over a polygon, as near its interior point (x, y) as the other labels allow.
     *
     * @param region where the label's box may go (inside the polygon), or null for anywhere near the point
     */
    public static LabelRequest inside(String text, double x, double y, ScreenRegion region, LabelStyle style, int rank,
                                      double priority) {
        return new LabelRequest(text, x, y, LabelAnchor.AREA, 0, style, rank, priority, 1, false, -1, region);
    }

    /** The same label, kept while any place is left, trying every ring (see {@link #mandatory()}). */
    public LabelRequest asMandatory() {
        return new LabelRequest(text, x, y, anchor, markerRadius, style, rank, priority, MAX_RINGS, true,
                ownObstacle, region);
    }

    /** The same label, trying {@code count} rings of positions (see {@link #rings()}). */
    public LabelRequest withRings(int count) {
        return new LabelRequest(text, x, y, anchor, markerRadius, style, rank, priority, count, mandatory, ownObstacle, region);
    }

    /** The same label, whose own marker is obstacle {@code index} of the placer. */
    public LabelRequest withOwnObstacle(int index) {
        return new LabelRequest(text, x, y, anchor, markerRadius, style, rank, priority, rings, mandatory, index, region);
    }
}
