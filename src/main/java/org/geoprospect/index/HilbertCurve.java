package org.geoprospect.index;

/**
 * The position of a point along a Hilbert curve over a 65,536 x 65,536 grid, used to sort points so
 * that neighbours on the map are neighbours in memory. Branch-free bit manipulation after the
 * public-domain "fast Hilbert curve" of rawrunprotected, as used by the flatbush index.
 * Stateless, thread-safe.
 */
final class HilbertCurve {
    private HilbertCurve() {
    }

    /** The Hilbert index of cell (x, y), both in 0..65535; the result uses 32 bits (read it unsigned). */
    static int index(int x, int y) {
        int a = x ^ y;
        int b = 0xFFFF ^ a;
        int c = 0xFFFF ^ (x | y);
        int d = x & (y ^ 0xFFFF);

        int aa = a | (b >> 1);
        int bb = (a >> 1) ^ a;
        int cc = ((c >> 1) ^ (b & (d >> 1))) ^ c;
        int dd = ((a & (c >> 1)) ^ (d >> 1)) ^ d;

        a = aa; b = bb; c = cc; d = dd;
        aa = (a & (a >> 2)) ^ (b & (b >> 2));
        bb = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
        cc ^= (a & (c >> 2)) ^ (b & (d >> 2));
        dd ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

        a = aa; b = bb; c = cc; d = dd;
        aa = (a & (a >> 4)) ^ (b & (b >> 4));
        bb = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
        cc ^= (a & (c >> 4)) ^ (b & (d >> 4));
        dd ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

        a = aa; b = bb; c = cc; d = dd;
        cc ^= (a & (c >> 8)) ^ (b & (d >> 8));
        dd ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

        a = cc ^ (cc >> 1);
        b = dd ^ (dd >> 1);

        int i0 = x ^ y;
        int i1 = b | (0xFFFF ^ (i0 | a));
        return (spread(i1) << 1) | spread(i0);
    }

    /** Interleaves the 16 low bits with zeros (bit k moves to bit 2k). */
    private static int spread(int v) {
        v = (v | (v << 8)) & 0x00FF00FF;
        v = (v | (v << 4)) & 0x0F0F0F0F;
        v = (v | (v << 2)) & 0x33333333;
        return (v | (v << 1)) & 0x55555555;
    }
}
