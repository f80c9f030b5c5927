package org.geoprospect.bench;

/** Turns measured durations into rates (things per second), for metrics where higher is better. */
final class Rates {
    private Rates() {
    }

    /**
     * The per-run rates of runs that each handled {@code amount} things, summarised like any sample
     * (median, p95, max of the rates: p95 and max are then the fast side; the slow tail is
     * {@code amount} over the p95 of the durations).
     *
     * @param millis durations in milliseconds, all positive
     */
    static Samples perSecond(double[] millis, double amount) {
        double[] rates = new double[millis.length];
        for (int i = 0; i < millis.length; i++) {
            rates[i] = amount / (millis[i] / 1000);
        }
        return Samples.of(rates);
    }
}
