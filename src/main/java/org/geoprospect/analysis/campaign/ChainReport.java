package org.geoprospect.analysis.campaign;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;

/**
 * A chain's return on investment, per step and in total, from its history. Formulas (window W days of
 * the {@link Attribution}, inclusive):
 * <ul>
 * <li>responses, unsubscribes, refusals: contacted people with such an inbound event within W days after
 * their contact in the step; the control group's the same within W days after the run that held them out;</li>
 * <li>orders, revenue, margin: ORDER events credited by "last contact wins" (see {@link Attribution});</li>
 * <li>ROI = (margin − cost) / cost;</li>
 * <li>control margin = (margin of the held-out people's orders within W days after their run / held out) ×
 * contacts; incremental margin = margin − control margin; uplift ROI = (incremental margin − cost) / cost —
 * the chain takes no credit for orders that would have come anyway.</li>
 * </ul>
 * Totals add the steps' counts and money; their rates are recomputed from the sums; the total's uplift
 * figures are null if a step with contacts had no control group. Pure.
 */
public record ChainReport(String chain, Attribution attribution, List<StepFigures> steps, StepFigures total) {

    /** Computes the report. */
    public static ChainReport of(Chain chain, ChainHistory history, Attribution attribution) {
        int window = attribution.windowDays();
        Map<String, long[]> orderCounts = new HashMap<>();
        Map<String, double[]> orderMoney = new HashMap<>();
        Map<String, Set<String>> orderers = new HashMap<>();
        creditOrders(chain, history, window, orderCounts, orderMoney, orderers);

        List<StepFigures> steps = new ArrayList<>();
        long tContacts = 0, tHeld = 0, tResponses = 0, tOrders = 0, tOrderers = 0, tUnsub = 0, tRefused = 0;
        long tControlResponders = 0, tControlOrderers = 0;
        double tCost = 0, tRevenue = 0, tMargin = 0, tControlMargin = 0;
        boolean controlEverywhere = true;
        for (Step step : chain.steps()) {
            Map<String, OffsetDateTime> sent = history.sent(step.name());
            Map<String, OffsetDateTime> held = history.heldOut(step.name());
            long responses = 0, unsub = 0, refused = 0;
            for (Map.Entry<String, OffsetDateTime> e : sent.entrySet()) {
                Set<ContactOutcome> seen = outcomesWithin(history, e.getKey(), e.getValue(), window);
                responses += seen.stream().anyMatch(ChainAudience.POSITIVE::contains) ? 1 : 0;
                unsub += seen.contains(ContactOutcome.UNSUBSCRIBED) ? 1 : 0;
                refused += seen.contains(ContactOutcome.REFUSED) ? 1 : 0;
            }
            long controlResponders = 0, controlOrderers = 0;
            double heldMargin = 0;
            for (Map.Entry<String, OffsetDateTime> e : held.entrySet()) {
                OffsetDateTime end = e.getValue().plusDays(window);
                boolean responded = false, ordered = false;
                for (ContactEvent in : history.inbound(e.getKey())) {
                    if (in.at().isBefore(e.getValue()) || in.at().isAfter(end)) {
                        continue;
                    }
                    responded |= ChainAudience.POSITIVE.contains(in.outcome());
                    if (in.outcome() == ContactOutcome.ORDER) {
                        ordered = true;
                        heldMargin += in.margin() == null ? 0 : in.margin();
                    }
                }
                controlResponders += responded ? 1 : 0;
                controlOrderers += ordered ? 1 : 0;
            }
            long contacts = sent.size();
            long heldOut = held.size();
            double cost = step.cost(contacts);
            long orders = orderCounts.getOrDefault(step.name(), new long[1])[0];
            double[] money = orderMoney.getOrDefault(step.name(), new double[2]);
            long stepOrderers = orderers.getOrDefault(step.name(), Set.of()).size();
            Double controlMargin = heldOut == 0 ? null : heldMargin / heldOut * contacts;
            if (heldOut == 0 && contacts > 0) {
                controlEverywhere = false;
            }
            steps.add(figures(step.name(), step.channel().code(), contacts, heldOut, cost, responses, orders, money[0],
                    money[1], stepOrderers, unsub, refused, controlResponders, controlOrderers, controlMargin));
            tContacts += contacts;
            tHeld += heldOut;
            tCost += cost;
            tResponses += responses;
            tOrders += orders;
            tOrderers += stepOrderers;
            tUnsub += unsub;
            tRefused += refused;
            tRevenue += money[0];
            tMargin += money[1];
            tControlResponders += controlResponders;
            tControlOrderers += controlOrderers;
            tControlMargin += controlMargin == null ? 0 : controlMargin;
        }
        StepFigures total = figures(null, null, tContacts, tHeld, tCost, tResponses, tOrders, tRevenue, tMargin,
                tOrderers, tUnsub, tRefused, tControlResponders, tControlOrderers,
                controlEverywhere && tHeld > 0 ? tControlMargin : null);
        return new ChainReport(chain.name(), attribution, steps, total);
    }

    /** "Last contact wins": each order goes to the person's latest chain contact at most W days before it. */
    private static void creditOrders(Chain chain, ChainHistory history, int window, Map<String, long[]> counts,
                                     Map<String, double[]> money, Map<String, Set<String>> orderers) {
        Set<String> people = new HashSet<>();
        for (Step step : chain.steps()) {
            people.addAll(history.sent(step.name()).keySet());
        }
        for (String code : people) {
            List<ContactEvent> contacts = history.chainContacts(code);
            for (ContactEvent order : history.inbound(code)) {
                if (order.outcome() != ContactOutcome.ORDER) {
                    continue;
                }
                ContactEvent last = null;
                for (ContactEvent c : contacts) {
                    if (c.at().isAfter(order.at())) {
                        break;
                    }
                    if (!c.at().plusDays(window).isBefore(order.at())) {
                        last = c;
                    }
                }
                if (last == null) {
                    continue;
                }
                counts.computeIfAbsent(last.stepName(), k -> new long[1])[0]++;
                double[] m = money.computeIfAbsent(last.stepName(), k -> new double[2]);
                m[0] += order.amount() == null ? 0 : order.amount();
                m[1] += order.margin() == null ? 0 : order.margin();
                orderers.computeIfAbsent(last.stepName(), k -> new HashSet<>()).add(code);
            }
        }
    }

    private static Set<ContactOutcome> outcomesWithin(ChainHistory history, String code, OffsetDateTime from, int window) {
        Set<ContactOutcome> seen = java.util.EnumSet.noneOf(ContactOutcome.class);
        OffsetDateTime end = from.plusDays(window);
        for (ContactEvent in : history.inbound(code)) {
            if (!in.at().isBefore(from) && !in.at().isAfter(end)) {
                seen.add(in.outcome());
            }
        }
        return seen;
    }

    private static StepFigures figures(String step, String channel, long contacts, long heldOut, double cost,
                                       long responses, long orders, double revenue, double margin, long orderers,
                                       long unsub, long refused, long controlResponders, long controlOrderers,
                                       Double controlMargin) {
        Double responseRate = share(responses, contacts);
        Double orderRate = share(orderers, contacts);
        Double controlResponseRate = share(controlResponders, heldOut);
        Double controlOrderRate = share(controlOrderers, heldOut);
        Double incremental = controlMargin == null ? null : margin - controlMargin;
        return new StepFigures(step, channel, contacts, heldOut, cost, responses, orders, revenue, margin, responseRate,
                orderRate, controlResponseRate, controlOrderRate, difference(responseRate, controlResponseRate),
                difference(orderRate, controlOrderRate), share(unsub, contacts), share(refused, contacts),
                cost > 0 ? (margin - cost) / cost : null, controlMargin, incremental,
                cost > 0 && incremental != null ? (incremental - cost) / cost : null);
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static Double difference(Double a, Double b) {
        return a == null || b == null ? null : a - b;
    }
}
