package org.geoprospect.analysis.aggregation;

import java.util.List;

/**
 * Places the several dots of one group side by side around the group's centre so that they do not
 * hide each other: the k-th dot on a sunflower (Vogel) spiral, at k·137.5° and a distance growing
 * as √k, the largest dot in the middle. A group too large for its cell gets a tighter spiral that
 * stays within half a cell of its centre; its dots then overlap, which reads as "dense potential".
 * Offsets are in pixels, turned into metres at the current resolution, so a group's dots keep their
 * shape on screen and do not move while panning. Stateless, thread-safe.
 */
final class DotArrangement {
    private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
    /** Distance between successive dots, as a share of the largest dot's diameter. */
    private static final double SPACING = 0.85;

    private DotArrangement() {
    }

    /**
     * Appends the dots of a group to {@code out}.
     *
     * @param dots           how many dots of each size, indexed by {@link DotSize#ordinal()}
     * @param cellPixels     side of a grid cell on screen
     * @param metresPerPixel the current resolution
     */
    static void arrange(ProspectGroup group, int[] dots, double cellPixels, double metresPerPixel,
                        List<ProspectDot> out) {
        int total = 0;
        DotSize largest = null;
        for (DotSize size : DotSize.values()) {
            total += dots[size.ordinal()];
            if (largest == null && dots[size.ordinal()] > 0) {
                largest = size;
            }
        }
        if (total == 0) {
            return;
        }
        double spacing = SPACING * 2 * largest.pixelRadius();
        double reach = spacing * Math.sqrt(total - 1);
        double limit = cellPixels / 2;
        if (reach > limit) {
            spacing *= limit / reach;
        }
        int k = 0;
        for (DotSize size : DotSize.values()) {
            for (int i = 0; i < dots[size.ordinal()]; i++, k++) {
                double distance = spacing * Math.sqrt(k);
                double angle = k * GOLDEN_ANGLE;
                double dx = distance * Math.cos(angle) * metresPerPixel;
                double dy = distance * Math.sin(angle) * metresPerPixel;
                out.add(new ProspectDot(group.x() + dx, group.y() + dy, size, group.count()));
            }
        }
    }
}
