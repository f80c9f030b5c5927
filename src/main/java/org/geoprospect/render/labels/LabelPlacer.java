package org.geoprospect.render.labels;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places the labels of one map image so that none collides, in the manner of QGIS's PAL engine, greedily:
 * the requests are taken by {@linkplain LabelRanks rank}, then priority (largest first), then order of
 * addition; each takes the first of its {@linkplain CandidatePositions candidate positions} whose padded box
 * (the text plus {@value #PADDING} px) lies within the image, meets no box placed before it and covers no
 * obstacle (the markers of competitors and clients, the scale bar; and, as soft obstacles, the dots of towns);
 * a request with no such position is dropped. A label beside a marker tries {@linkplain LabelRequest#rings()
 * rings} of positions further out, and one placed {@value LabelRequest#LEADER_RING} rings out or further is
 * joined to its marker by a leader line.
 * A polygon's label stays in its {@linkplain LabelRequest#region() region}. A
 * {@linkplain LabelRequest#mandatory() mandatory} request (a competitor's name) tries every ring, may cover a
 * soft obstacle rather than move {@value #SOFT_OBSTACLE_RINGS} more rings out, and, when every position
 * meets a marker, takes the one free of other labels that covers the least obstacle area; it is dropped only
 * when no position is free of other labels.
 *
 * <p>Sizes: requests and obstacles come in image pixels (their fonts and marker radii already at the image's
 * device scale); the placer's own distances — the padding, the gap to a marker, the step between rings, and
 * the halo and leader lines of {@link LabelPlacement#draw} — are reference pixels times the {@code scale} it is
 * made with (1 on screen, {@code dpi / 96} on a print; see {@link org.geoprospect.render.Viewport#deviceScale()}).
 *
 * <p>Deterministic: the same requests and obstacles in the same order give the same placement. Placing a few
 * hundred labels takes a few milliseconds (texts are laid out once and kept, see {@link TextShapes}; boxes are
 * looked up in a {@link BoxGrid}).
 *
 * <p>Use: one instance per image; add obstacles and requests (in any order), then call {@link #place()} once.
 * Not thread-safe.
 */
public final class LabelPlacer {
    /** Free space around a label's text, in pixels: two placed texts are at least twice this apart. */
    public static final double PADDING = 2;
    /** What covering a soft obstacle costs a mandatory label, in rings of positions further out. */
    public static final int SOFT_OBSTACLE_RINGS = 2;

    private final int width;
    private final int height;
    private final double scale;
    private final double padding;
    private final List<ScreenBox> obstacles = new ArrayList<>();
    private final List<Boolean> soft = new ArrayList<>();
    private final List<LabelRequest> requests = new ArrayList<>();
    private boolean placed;

    /** A placer for a screen image of {@code width} × {@code height} pixels (device scale 1). */
    public LabelPlacer(int width, int height) {
        this(width, height, 1);
    }

    /**
     * A placer for an image of {@code width} × {@code height} pixels at a device scale.
     *
     * @param scale image pixels per reference pixel, positive (1 on screen)
     */
    public LabelPlacer(int width, int height, double scale) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("A label placer needs an image of positive size, got " + width + " x "
                    + height + ".");
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("A label placer needs a positive device scale, got " + scale + ".");
        }
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.padding = PADDING * scale;
    }

    /** Image pixels per reference pixel (1 on screen). */
    public double scale() {
        return scale;
    }

    /**
     * Places {@code requests} around {@code obstacles} in an image of that size; see the class comment.
     *
     * @param obstacles boxes no label may cover (indices as {@link LabelRequest#ownObstacle()} refers to them)
     */
    public static LabelPlacement place(int width, int height, List<ScreenBox> obstacles, List<LabelRequest> requests) {
        LabelPlacer placer = new LabelPlacer(width, height);
        obstacles.forEach(placer::addObstacle);
        requests.forEach(placer::add);
        return placer.place();
    }

    /**
     * Adds a box no label may cover (a client's or competitor's marker, the scale bar); returns its index for
     * {@link LabelRequest#withOwnObstacle}.
     */
    public int addObstacle(ScreenBox box) {
        obstacles.add(box);
        soft.add(false);
        return obstacles.size() - 1;
    }

    /**
     * Adds a box labels keep off unless they are mandatory (a town's dot): a competitor's name may cover it rather
     * than move more than {@value #SOFT_OBSTACLE_RINGS} rings further out. Returns its index as
     * {@link #addObstacle} does.
     */
    public int addSoftObstacle(ScreenBox box) {
        obstacles.add(box);
        soft.add(true);
        return obstacles.size() - 1;
    }

    /** Adds a label to place. */
    public void add(LabelRequest request) {
        requests.add(request);
    }

    /** Requests added so far. */
    public int requestCount() {
        return requests.size();
    }

    /**
     * Places the labels.
     *
     * @throws IllegalStateException when called twice
     */
    public LabelPlacement place() {
        if (placed) {
            throw new IllegalStateException("This placer has already placed its labels; make a new one per image.");
        }
        placed = true;
        BoxGrid hardGrid = new BoxGrid(width, height);
        BoxGrid softGrid = new BoxGrid(width, height);
        for (int k = 0; k < obstacles.size(); k++) {
            (soft.get(k) ? softGrid : hardGrid).add(obstacles.get(k), k);
        }
        BoxGrid labelGrid = new BoxGrid(width, height);
        List<Integer> order = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> requests.get(i).rank())
                .thenComparing(Comparator.comparingDouble((Integer i) -> requests.get(i).priority()).reversed())
                .thenComparingInt(i -> i));
        List<PlacedLabel> done = new ArrayList<>();
        List<LabelRequest> dropped = new ArrayList<>();
        for (int i : order) {
            LabelRequest r = requests.get(i);
            PlacedLabel label = placeOne(r, hardGrid, softGrid, labelGrid);
            if (label == null) {
                dropped.add(r);
            } else {
                labelGrid.add(label.box());
                done.add(label);
            }
        }
        return new LabelPlacement(width, height, scale, done, dropped, obstacles);
    }

    /**
     * The first candidate free of labels and obstacles; for a mandatory label, the nearest (in rings) free of labels
     * and hard obstacles, one covering soft obstacles counting {@value #SOFT_OBSTACLE_RINGS} rings further, and
     * failing that the one free of labels covering the least obstacle area; null when none is free of labels.
     */
    private PlacedLabel placeOne(LabelRequest r, BoxGrid hard, BoxGrid softs, BoxGrid labelGrid) {
        Rectangle2D text = TextShapes.of(r.text(), r.style()).bounds();
        double w = text.getWidth() + 2 * padding;
        double h = text.getHeight() + 2 * padding;
        double[] corners = CandidatePositions.corners(r, w, h, scale);
        int own = r.ownObstacle();
        ScreenBox best = null;
        int bestRing = 0;
        int bestCost = Integer.MAX_VALUE;
        ScreenBox fallback = null;
        int fallbackRing = 0;
        double fallbackCover = Double.POSITIVE_INFINITY;
        for (int k = 0; k < corners.length; k += 2) {
            int ring = CandidatePositions.ringOf(r, k / 2);
            if (ring >= bestCost) {
                break; // candidates come ring by ring: none further out can cost less
            }
            ScreenBox box = new ScreenBox(corners[k], corners[k + 1], corners[k] + w, corners[k + 1] + h);
            if (!box.within(width, height) || labelGrid.intersectsAny(box, -1)) {
                continue;
            }
            boolean hardHit = hard.intersectsAny(box, own);
            boolean softHit = !hardHit && softs.intersectsAny(box, own);
            boolean inRegion = hardHit || r.region() == null || r.region().accepts(box);
            if (!hardHit && !softHit && inRegion) {
                return at(r, box, text, ring);
            }
            if (!r.mandatory()) {
                continue;
            }
            if (softHit && inRegion && ring + SOFT_OBSTACLE_RINGS < bestCost) {
                best = box;
                bestRing = ring;
                bestCost = ring + SOFT_OBSTACLE_RINGS;
            } else if (hardHit && best == null) {
                double cover = hard.overlapArea(box, own) + softs.overlapArea(box, own);
                if (cover < fallbackCover) {
                    fallbackCover = cover;
                    fallback = box;
                    fallbackRing = ring;
                }
            }
        }
        if (best != null) {
            return at(r, best, text, bestRing);
        }
        return fallback == null ? null : at(r, fallback, text, fallbackRing);
    }

    private PlacedLabel at(LabelRequest r, ScreenBox box, Rectangle2D text, int ring) {
        return new PlacedLabel(r, box, box.minX() + padding - text.getX(), box.minY() + padding - text.getY(),
                ring >= LabelRequest.LEADER_RING);
    }
}
