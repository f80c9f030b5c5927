package org.geoprospect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void twentyRunsGiveTheNineteenthValueAsP95() {
        double[] values = new double[20];
        for (int i = 0; i < 20; i++) {
            values[i] = 20 - i; // 20, 19, ..., 1: unsorted on purpose
        }
        Samples samples = Samples.of(values);
        assertEquals(10.5, samples.median());
        assertEquals(19, samples.p95());
        assertEquals(20, samples.max());
        assertEquals(20, samples.count());
    }

    @Test
    void oddCountMedianIsTheMiddleValue() {
        assertEquals(3, Samples.of(new double[] {5, 1, 3}).median());
    }

    @Test
    void noValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Samples.of(new double[0]));
    }

    @Test
    void repeatMeasuresOnlyTheRunsAfterWarmUp() throws Exception {
        AtomicLong clock = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        // Each action advances the fake clock by 1 ms times its call number: warm-ups are calls 1-2.
        Samples samples = new Repeat(2, 3, clock::get).millis(() -> clock.addAndGet(1_000_000L * calls.incrementAndGet()));
        assertEquals(5, calls.get());
        assertEquals(4, samples.median());
        assertEquals(5, samples.max());
    }

    @Test
    void ratioIsOursOverThePeer() {
        BenchResult row = BenchResult.withPeer("select.polygon", 1000, "ms",
                Samples.of(new double[] {10}), "postgis", Samples.of(new double[] {40}));
        assertEquals(0.25, row.ratio());
        assertEquals(40, row.peerMedian());
    }
}
