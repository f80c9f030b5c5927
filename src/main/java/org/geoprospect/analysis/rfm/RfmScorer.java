package org.geoprospect.analysis.rfm;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Scores clients on recency, frequency and monetary value in quintiles, names their segment and
 * estimates their lifetime value (an operation class: {@link #score} or {@code new RfmScorer(…).getResult()}).
 *
 * <p><b>Quintiles and ties.</b> Over the n clients with at least one order in the period, each measure is
 * sorted from weakest to strongest (recency: oldest last order first; frequency: fewest orders first;
 * monetary: least first); a client at position p (from 0) scores {@code 1 + floor(5·p / n)}, so each score
 * holds a fifth of the clients. <em>Ties</em>: clients with the same value take the score of the first of
 * them in that order — a tie never lifts a client into a higher fifth, and equal clients always score alike
 * (so a fifth may hold more or fewer than n/5 clients).
 *
 * <p><b>Lifetime value</b>: average margin per order in the period × orders per year in the period ×
 * expected years ({@link RfmOptions#expectedYears()}).
 *
 * <p>Immutable once computed; thread-safe.
 */
public final class RfmScorer {
    private final List<RfmScores> result;

    /**
     * @param activities each client's activity within the period (see {@link ClientActivities})
     */
    public RfmScorer(List<ClientActivity> activities, RfmOptions options) {
        Objects.requireNonNull(activities, "activities");
        Objects.requireNonNull(options, "options");
        int n = activities.size();
        int[] r = scores(activities, a -> a.lastOrder().toEpochDay());
        int[] f = scores(activities, ClientActivity::orders);
        int[] m = scores(activities, a -> options.byRevenue() ? a.revenue() : a.margin());
        double years = ChronoUnit.DAYS.between(options.periodStart(), options.today().plusDays(1)) / 365.25;
        List<RfmScores> scored = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ClientActivity a = activities.get(i);
            double monetary = options.byRevenue() ? a.revenue() : a.margin();
            double clv = a.margin() / a.orders() * (a.orders() / years) * options.expectedYears();
            scored.add(new RfmScores(a.clientCode(), a.lastOrder(), a.orders(), monetary, r[i], f[i], m[i],
                    RfmSegment.of(r[i], f[i], m[i]), clv));
        }
        scored.sort(Comparator.comparing(RfmScores::clientCode));
        this.result = List.copyOf(scored);
    }

    /** The scores of every client with at least one order in the period, by client code. */
    public static List<RfmScores> score(List<ClientActivity> activities, RfmOptions options) {
        return new RfmScorer(activities, options).getResult();
    }

    public List<RfmScores> getResult() {
        return result;
    }

    /** The quintile score of each activity's value, in the activities' order, ties as the class says. */
    static int[] scores(List<ClientActivity> activities, ToDoubleFunction<ClientActivity> value) {
        int n = activities.size();
        double[] values = new double[n];
        Integer[] byValue = new Integer[n];
        for (int i = 0; i < n; i++) {
            values[i] = value.applyAsDouble(activities.get(i));
            byValue[i] = i;
        }
        Arrays.sort(byValue, Comparator.comparingDouble(i -> values[i]));
        int[] scores = new int[n];
        int tieStart = 0;
        for (int p = 0; p < n; p++) {
            if (p > 0 && values[byValue[p]] != values[byValue[p - 1]]) {
                tieStart = p;
            }
            scores[byValue[p]] = 1 + (int) ((5L * tieStart) / n);
        }
        return scores;
    }
}
