package org.geoprospect.render.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Boxes bucketed in a uniform grid over the image, so that "does this box hit any box already there?"
 * looks at the few boxes nearby instead of all of them (a zoomed-in view places thousands of labels).
 * Boxes reaching outside the image are kept in the border buckets. Not thread-safe.
 */
final class BoxGrid {
    private static final double BUCKET = 48;
    private final int cols;
    private final int rows;
    private final int[][] buckets;
    private final int[] bucketSizes;
    private final List<ScreenBox> boxes = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();

    BoxGrid(int width, int height) {
        cols = Math.max(1, (int) Math.ceil(width / BUCKET));
        rows = Math.max(1, (int) Math.ceil(height / BUCKET));
        buckets = new int[cols * rows][];
        bucketSizes = new int[cols * rows];
    }

    /** Adds a box known by its position among the grid's boxes (0, 1, 2… in order of addition). */
    void add(ScreenBox box) {
        add(box, boxes.size());
    }

    /** Adds a box known by {@code id} (for {@code except} below). */
    void add(ScreenBox box, int id) {
        int index = boxes.size();
        boxes.add(box);
        ids.add(id);
        int c0 = col(box.minX());
        int c1 = col(box.maxX());
        int r0 = row(box.minY());
        int r1 = row(box.maxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * cols + c;
                int[] bucket = buckets[b];
                if (bucket == null) {
                    bucket = buckets[b] = new int[4];
                } else if (bucketSizes[b] == bucket.length) {
                    bucket = buckets[b] = Arrays.copyOf(bucket, bucket.length * 2);
                }
                bucket[bucketSizes[b]++] = index;
            }
        }
    }

    /** Whether {@code box} intersects a box of the grid other than the one known as {@code except} (-1: none). */
    boolean intersectsAny(ScreenBox box, int except) {
        int c0 = col(box.minX());
        int c1 = col(box.maxX());
        int r0 = row(box.minY());
        int r1 = row(box.maxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int b = r * cols + c;
                int[] bucket = buckets[b];
                for (int k = 0; k < bucketSizes[b]; k++) {
                    int index = bucket[k];
                    if (ids.get(index) != except && boxes.get(index).intersects(box)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The area of {@code box} covered by the grid's boxes other than {@code except}, counted once per box. */
    double overlapArea(ScreenBox box, int except) {
        double area = 0;
        for (int index = 0; index < boxes.size(); index++) {
            if (ids.get(index) != except) {
                area += boxes.get(index).overlapArea(box);
            }
        }
        return area;
    }

    private int col(double x) {
        return (int) Math.max(0, Math.min(cols - 1, Math.floor(x / BUCKET)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(rows - 1, Math.floor(y / BUCKET)));
    }
}
