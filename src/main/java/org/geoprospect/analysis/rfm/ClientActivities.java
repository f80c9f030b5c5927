package org.geoprospect.analysis.rfm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoprospect.model.Order;

/**
 * Sums order lines into each client's {@link ClientActivity} over a period, in memory: one pass over the
 * lines, the distinct orders counted by key per client. Stateless.
 */
public final class ClientActivities {
    private ClientActivities() {
    }

    /**
     * The activity of every client with at least one order dated from {@code from} to {@code to} inclusive,
     * by client code in the lines' order of first appearance.
     */
    public static List<ClientActivity> of(Iterable<Order> lines, LocalDate from, LocalDate to) {
        Map<String, Sum> sums = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Order line : lines) {
            if (line.date().isBefore(from) || line.date().isAfter(to)) {
                continue;
            }
            Sum sum = sums.computeIfAbsent(line.clientCode(), code -> {
                order.add(code);
                return new Sum(line.date());
            });
            sum.add(line);
        }
        List<ClientActivity> activities = new ArrayList<>(order.size());
        for (String code : order) {
            Sum s = sums.get(code);
            activities.add(new ClientActivity(code, s.first, s.last, s.keys.size(), s.revenue, s.margin));
        }
        return activities;
    }

    private static final class Sum {
        private final Set<String> keys = new HashSet<>(4);
        private LocalDate first;
        private LocalDate last;
        private double revenue;
        private double margin;

        Sum(LocalDate date) {
            first = date;
            last = date;
        }

        void add(Order line) {
            keys.add(line.orderKey());
            if (line.date().isBefore(first)) {
                first = line.date();
            }
            if (line.date().isAfter(last)) {
                last = line.date();
            }
            revenue += line.amount();
            margin += line.grossMargin();
        }
    }
}
