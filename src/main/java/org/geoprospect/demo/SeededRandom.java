package org.geoprospect.demo;

/**
 * A small, fully specified pseudo-random generator (SplitMix64) so that the demo data are the same
 * bytes on every JDK: java.util's generators may change their algorithms between releases, this one
 * cannot. Not thread-safe; each generator stream owns one instance.
 */
final class SeededRandom {
    private long state;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    SeededRandom(long seed) {
        this.state = seed;
    }

    /** A generator for an independent stream, e.g. {@code derive(seed, "households")}. */
    static SeededRandom derive(long seed, String stream) {
        long mixed = seed;
        for (int i = 0; i < stream.length(); i++) {
            mixed = mix(mixed * 31 + stream.charAt(i));
        }
        return new SeededRandom(mixed);
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        return mix(state);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Uniform in [min, max]. */
    int nextInt(int min, int max) {
        return min + nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    /** Standard normal (Marsaglia polar method). */
    double nextGaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * factor;
        hasSpareGaussian = true;
        return u * factor;
    }

    /** An index drawn with the given cumulative weights (ascending, last = total). */
    int pickCumulative(double[] cumulative) {
        double target = nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Cumulative sums of weights, for {@link #pickCumulative}. */
    static double[] cumulative(double... weights) {
        double[] result = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            result[i] = sum;
        }
        return result;
    }
}
