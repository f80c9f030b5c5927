package org.geoprospect.render.labels;

/**
 * The places a label may take, best first, as the top-left corners of its padded box (PAL's candidate
 * positions). Beside a marker, eight positions: top-right, right, top-left, bottom-right, left,
 * bottom-left, top, bottom — the cartographic preference for the upper right (the reading direction,
 * and the text clear of the point's southern surroundings), then the right, then the others in turn —
 * followed by four positions slid along the marker's top and bottom (above or below it, starting or ending
 * over it), which a long name beside a crowd or an image edge may need; each box keeps {@value #GAP} px
 * from the marker. A label may try up to {@value LabelRequest#MAX_RINGS} rings of these
 * twelve positions ({@link LabelRequest#rings()}), each {@value LabelRequest#RING_STEP} px further out than the one
 * before, all of a ring before the next. A polygon's label is centred on its interior point, then shifted by
 * quarters of its width (up to one width) and halves of its height (up to three heights) in every direction,
 * the nearest shifts first (PAL's candidates over a polygon; the placer keeps those inside it). The gap and the
 * ring step are reference pixels, times the image's device scale. Stateless.
 */
final class CandidatePositions {
    /** Pixels between a marker's edge and the label's padded box. */
    static final double GAP = 1;
    private static final double HALF_SQRT2 = Math.sqrt(0.5);
    /** Positions per ring: the eight around the marker, then four slid along its top and bottom. */
    static final int PER_RING = 12;
    /** Shifts of an area's label: -4..4 quarters of its width, -6..6 halves of its height. */
    private static final int AREA_STEPS_X = 4;
    private static final int AREA_STEPS_Y = 6;

    private CandidatePositions() {
    }

    /**
     * The candidate boxes' top-left corners, as {x0, y0, x1, y1, …}.
     *
     * @param w     the padded box's width
     * @param h     the padded box's height
     * @param scale image pixels per reference pixel (the gap and ring step grow with it)
     */
    static double[] corners(LabelRequest r, double w, double h, double scale) {
        if (r.anchor() == LabelRequest.LabelAnchor.AREA) {
            return areaCorners(r.x() - w / 2, r.y() - h / 2, w, h);
        }
        int rings = r.rings();
        double[] out = new double[rings * 2 * PER_RING];
        for (int ring = 0; ring < rings; ring++) {
            double extra = ring * (LabelRequest.RING_STEP * scale);
            double gap = GAP * scale;
            double e = r.markerRadius() + gap + extra;
            double d = (r.anchor() == LabelRequest.LabelAnchor.ROUND_MARKER ? r.markerRadius() * HALF_SQRT2
                    : r.markerRadius()) + gap + extra;
            double x = r.x();
            double y = r.y();
            double[] ringCorners = {
                x + d, y - d - h,          // top-right
                x + e, y - h / 2,          // right
                x - d - w, y - d - h,      // top-left
                x + d, y + d,              // bottom-right
                x - e - w, y - h / 2,      // left
                x - d - w, y + d,          // bottom-left
                x - w / 2, y - e - h,      // top
                x - w / 2, y + e,          // bottom
                // The same sides slid along the marker (a long name beside a crowd or an image edge):
                x - r.markerRadius(), y - e - h,      // top, starting over the marker
                x - r.markerRadius(), y + e,          // bottom, starting under it
                x + r.markerRadius() - w, y - e - h,  // top, ending over it
                x + r.markerRadius() - w, y + e};     // bottom, ending under it
            System.arraycopy(ringCorners, 0, out, ring * 2 * PER_RING, 2 * PER_RING);
        }
        return out;
    }

    /** The ring (0 = touching the marker) of candidate {@code index} of {@link #corners}; 0 for an area's label. */
    static int ringOf(LabelRequest r, int index) {
        return r.anchor() == LabelRequest.LabelAnchor.AREA ? 0 : index / PER_RING;
    }

    private static double[] areaCorners(double left, double top, double w, double h) {
        int nx = 2 * AREA_STEPS_X + 1;
        int ny = 2 * AREA_STEPS_Y + 1;
        double[][] shifts = new double[nx * ny][];
        int k = 0;
        for (int i = -AREA_STEPS_X; i <= AREA_STEPS_X; i++) {
            for (int j = -AREA_STEPS_Y; j <= AREA_STEPS_Y; j++) {
                double dx = i * w / 4;
                double dy = j * h / 2;
                shifts[k++] = new double[] {dx, dy, dx * dx + dy * dy};
            }
        }
        // Nearest first; ties (mirror shifts) in the order made: left before right, up before down.
        java.util.Arrays.sort(shifts, java.util.Comparator.comparingDouble(s -> s[2]));
        double[] out = new double[2 * shifts.length];
        for (int n = 0; n < shifts.length; n++) {
            out[2 * n] = left + shifts[n][0];
            out[2 * n + 1] = top + shifts[n][1];
        }
        return out;
    }
}
