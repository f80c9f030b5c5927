package org.geoprospect.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RunPlanTest {
    /** A clock that advances by {@code stepMillis} each time it is read twice (start and end of a run). */
    private static RunPlan planWithRunsOf(double stepMillis, int runs) {
        AtomicLong now = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        return new RunPlan(runs, () -> {
            if (reads.incrementAndGet() % 2 == 0) {
                now.addAndGet((long) (stepMillis * 1e6));
            }
            return now.get();
        });
    }

    @Test
    void shortRunsAreWarmedUpThenMeasuredTwentyTimes() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger prepared = new AtomicInteger();
        AtomicInteger cleaned = new AtomicInteger();

        RunPlan.Timing timing = planWithRunsOf(5, 20).time(prepared::incrementAndGet, calls::incrementAndGet,
                cleaned::incrementAndGet);

        assertEquals(RunPlan.WARMUPS + 20, calls.get());
        assertEquals(calls.get(), prepared.get());
        assertEquals(calls.get(), cleaned.get());
        assertEquals(20, timing.samples().count());
        assertEquals(5, timing.samples().median(), 1e-9);
        assertNull(timing.note());
    }

    @Test
    void runsLongerThanTenSecondsAreMeasuredFiveTimesWithANote() throws Exception {
        AtomicInteger calls = new AtomicInteger();

        RunPlan.Timing timing = planWithRunsOf(12_000, 20).time(() -> { }, calls::incrementAndGet, () -> { });

        assertEquals(1 + RunPlan.LONG_RUNS, calls.get());
        assertEquals(RunPlan.LONG_RUNS, timing.samples().count());
        assertTrue(timing.note().contains("more than 10 s"), timing.note());
    }

    @Test
    void ratesOfRunsAreAmountOverSeconds() {
        Samples rates = Rates.perSecond(new double[] {500, 1000, 250}, 1000);

        assertEquals(2000, rates.median(), 1e-9);
        assertEquals(4000, rates.max(), 1e-9);
    }
}
