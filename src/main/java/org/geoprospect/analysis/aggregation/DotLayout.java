package org.geoprospect.analysis.aggregation;

import java.util.List;

/**
 * Lays out the dots of one group inside its cell so that no two dots overlap: in rows of
 * k = ⌈√m⌉ dots (m dots in all), the largest first, the last row centred, centres
 * {@value #GAP_PIXELS} px further apart than two of the group's largest dots need; the layout is centred
 * on the group's centroid, then moved the least that keeps every dot {@value #INSET_PIXELS} px inside the
 * cell. So dots of different cells never overlap either. A group whose layout does not fit its cell is
 * {@linkplain #fits squeezed}: its spacing shrinks until it fits, and only then do dots overlap (only where
 * the prospects are denser than its 50-dots can show side by side).
 *
 * <p>Sizes are in pixels, turned into metres at the current resolution: a layout keeps its shape on screen
 * and, depending only on the cell and the resolution, does not move while panning. Stateless, thread-safe.
 */
final class DotLayout {
    /** Free pixels between two dots of a group (one more than the half-pixel rounding of each). */
    static final double GAP_PIXELS = 2;
    /** Free pixels between a dot and its cell's edge: two neighbouring cells' dots stay that far apart twice. */
    static final double INSET_PIXELS = 1;

    private DotLayout() {
    }

    /**
     * Whether the dots of {@code count} prospects lie side by side, without overlap, in a cell of
     * {@code cellPixels} on screen.
     */
    static boolean fits(int count, double cellPixels) {
        int[] dots = DotSize.decompose(count);
        int m = total(dots);
        if (m <= 1) {
            return true;
        }
        int radius = largest(dots).pixelRadius();
        int columns = columns(m);
        return (columns - 1) * (2 * radius + GAP_PIXELS) <= cellPixels - 2 * (radius + INSET_PIXELS);
    }

    /**
     * Appends the dots of a group to {@code out}.
     *
     * @param cellMinX       world x of the west edge of the group's cell
     * @param cellMinY       world y of its south edge
     * @param cellSide       its side in metres
     * @param metresPerPixel the current resolution
     */
    static void arrange(ProspectGroup group, double cellMinX, double cellMinY, double cellSide, double metresPerPixel,
                        List<ProspectDot> out) {
        int[] dots = DotSize.decompose(group.count());
        int m = total(dots);
        if (m == 0) {
            return;
        }
        double radius = largest(dots).pixelRadius();
        int columns = columns(m);
        int rows = (m + columns - 1) / columns;
        double room = cellSide / metresPerPixel - 2 * (radius + INSET_PIXELS);
        double spacing = 2 * radius + GAP_PIXELS;
        if (columns > 1 && (columns - 1) * spacing > room) {
            spacing = Math.max(0, room) / (columns - 1);
        }
        double halfWidth = (columns - 1) * spacing / 2 * metresPerPixel;
        double halfHeight = (rows - 1) * spacing / 2 * metresPerPixel;
        double margin = (radius + INSET_PIXELS) * metresPerPixel;
        double cx = clamp(group.x(), cellMinX + margin + halfWidth, cellMinX + cellSide - margin - halfWidth);
        double cy = clamp(group.y(), cellMinY + margin + halfHeight, cellMinY + cellSide - margin - halfHeight);
        double step = spacing * metresPerPixel;
        int k = 0;
        for (DotSize size : DotSize.values()) {
            for (int i = 0; i < dots[size.ordinal()]; i++, k++) {
                int row = k / columns;
                int inRow = row == rows - 1 ? m - columns * (rows - 1) : columns;
                int col = k % columns;
                double x = cx + (col - (inRow - 1) / 2.0) * step;
                // Rows from the north (world y grows northwards).
                double y = cy + ((rows - 1) / 2.0 - row) * step;
                out.add(new ProspectDot(x, y, size, group.count()));
            }
        }
    }

    /** Dots per row: the layout is as square as the count allows. */
    static int columns(int dots) {
        return (int) Math.ceil(Math.sqrt(dots));
    }

    private static double clamp(double value, double min, double max) {
        // A squeezed layout fills its cell exactly: min and max then meet (up to rounding).
        return min > max ? (min + max) / 2 : Math.max(min, Math.min(max, value));
    }

    private static int total(int[] dots) {
        int total = 0;
        for (int d : dots) {
            total += d;
        }
        return total;
    }

    private static DotSize largest(int[] dots) {
        for (DotSize size : DotSize.values()) {
            if (dots[size.ordinal()] > 0) {
                return size;
            }
        }
        return DotSize.SMALL;
    }
}
