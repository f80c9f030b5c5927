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
 * <li>every inbound event of a contacted person is credited to their last chain contact at most W days
 * before it ("last contact wins", {@link Attribution}); none if there is none;</li>
 * <li>responses: contacted people with a credited answer, order or request; unsubscribes, refusals likewise;
 * orders, revenue, margin: the credited ORDER events;</li>
 * <li>the control group: held-out people with such an event within W days after the run that held them out;</li>
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
        Map<String, Set<String>> responders = new HashMap<>();
        Map<String, Set<String>> unsubscribers = new HashMap<>();
        Map<String, Set<String>> refusers = new HashMap<>();
        credit(chain, history, window, orderCounts, orderMoney, orderers, responders, unsubscribers, refusers);

        List<StepFigures> steps = new ArrayList<>();
        long tContacts = 0, tHeld = 0, tResponses = 0, tOrders = 0, tOrderers = 0, tUnsub = 0, tRefused = 0;
        long tControlResponders = 0, tControlOrderers = 0;
        double tCost = 0, tRevenue = 0, tMargin = 0, tControlMargin = 0;
        boolean controlEverywhere = true;
        for (Step step : chain.steps()) {
            Map<String, OffsetDateTime> sent = history.sent(step.name());
            Map<String, OffsetDateTime> held = history.heldOut(step.name());
            long responses = responders.getOrDefault(step.name(), Set.of()).size();
            long unsub = unsubscribers.getOrDefault(step.name(), Set.of()).size();
            long refused = refusers.getOrDefault(step.name(), Set.of()).size();
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

    /**
     * "Last contact wins": each inbound event of a contacted person (response, order, unsubscribe, refusal)
     * goes to their latest chain contact at or before it and at most W days before it; none if there is none.
     */
    private static void credit(Chain chain, ChainHistory history, int window, Map<String, long[]> counts,
                               Map<String, double[]> money, Map<String, Set<String>> orderers,
                               Map<String, Set<String>> responders, Map<String, Set<String>> unsubscribers,
                               Map<String, Set<String>> refusers) {
        Set<String> people = new HashSet<>();
        for (Step step : chain.steps()) {
            people.addAll(history.sent(step.name()).keySet());
        }
        for (String code : people) {
            List<ContactEvent> contacts = history.chainContacts(code);
            for (ContactEvent in : history.inbound(code)) {
                ContactEvent last = null;
                for (ContactEvent c : contacts) {
                    if (c.at().isAfter(in.at())) {
                        break;
                    }
                    if (!c.at().plusDays(window).isBefore(in.at())) {
                        last = c;
                    }
                }
                if (last == null) {
                    continue;
                }
                String step = last.stepName();
                if (ChainAudience.POSITIVE.contains(in.outcome())) {
                    responders.computeIfAbsent(step, k -> new HashSet<>()).add(code);
                }
                switch (in.outcome()) {
                    case ORDER -> {
                        counts.computeIfAbsent(step, k -> new long[1])[0]++;
                        double[] m = money.computeIfAbsent(step, k -> new double[2]);
                        m[0] += in.amount() == null ? 0 : in.amount();
                        m[1] += in.margin() == null ? 0 : in.margin();
                        orderers.computeIfAbsent(step, k -> new HashSet<>()).add(code);
                    }
                    case UNSUBSCRIBED -> unsubscribers.computeIfAbsent(step, k -> new HashSet<>()).add(code);
                    case REFUSED -> refusers.computeIfAbsent(step, k -> new HashSet<>()).add(code);
                    default -> {
                    }
                }
            }
        }
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
