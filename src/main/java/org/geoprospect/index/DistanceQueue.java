package org.geoprospect.index;

import java.util.Arrays;

/**
 * A binary min-heap of (squared distance, level, index) on primitive arrays, for the best-first
 * nearest-neighbour search; level -1 marks a point. Not thread-safe: one per search.
 */
final class DistanceQueue {
    private double[] keys = new double[64];
    private int[] levels = new int[64];
    private int[] indexes = new int[64];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    double topKey() {
        return keys[0];
    }

    int topLevel() {
        return levels[0];
    }

    int topIndex() {
        return indexes[0];
    }

    void push(double key, int level, int index) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            levels = Arrays.copyOf(levels, size * 2);
            indexes = Arrays.copyOf(indexes, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        keys[i] = key;
        levels[i] = level;
        indexes[i] = index;
    }

    void pop() {
        size--;
        if (size == 0) {
            return;
        }
        double key = keys[size];
        int level = levels[size];
        int index = indexes[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            move(child, i);
            i = child;
        }
        keys[i] = key;
        levels[i] = level;
        indexes[i] = index;
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        levels[to] = levels[from];
        indexes[to] = indexes[from];
    }
}
