package org.geoprospect.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.geoprospect.model.Client;
import org.geoprospect.model.Order;
import org.geoprospect.model.OrderLine;

/**
 * The demo company's accounting export: the order lines behind the typed totals of {@code clients.csv}.
 *
 * <p>By construction, the lines of each client add up to its typed figures to the cent: revenue and gross
 * margin split over exactly {@code invoice_count} orders, the first order on {@code first_order_date} and the
 * last on {@code last_order_date} (a one-order client orders once, on its last date), the others in between.
 * So importing {@code orders.csv} recomputes the same totals (the card then says they come from the orders)
 * and adds what a typed total cannot tell: when and what each client bought. An order has one to three lines
 * of different product families; each line's margin rate varies around the client's. Invoice numbers run in
 * date order across the company ({@code FA-000001}…); the channel is the nearest branch, or the web shop.
 *
 * <p>Deterministic: each client's history is drawn from its own stream of the seed (its code), so it does not
 * depend on the other clients. Stateless.
 */
final class OrderHistory {
    /** Product families of the demo company (an outdoor and cycling retailer), as its accounting names them. */
    static final List<String> FAMILIES = List.of("Cycles", "Camping", "Randonnée", "Textile", "Atelier et entretien",
            "Location");
    static final String WEB = "Web";
    private static final String[] BRANCHES = {"Agence Angers", "Agence Cholet", "Agence Saumur"};
    private static final double[][] BRANCH_LON_LAT = {{-0.5542, 47.4736}, {-0.8790, 47.0600}, {-0.0769, 47.2600}};
    private static final double WEB_SHARE = 0.15;

    private OrderHistory() {
    }

    /** The order lines of every client with invoices, sorted by date, invoice number and line. */
    static List<OrderLine> generate(List<Client> clients, long seed) {
        List<Draft> drafts = new ArrayList<>();
        for (Client client : clients) {
            if (client.invoiceCount() > 0 && client.lastOrderDate() != null) {
                drafts.addAll(ordersOf(client, SeededRandom.derive(seed, "orders:" + client.code())));
            }
        }
        drafts.sort(Comparator.comparing(Draft::date).thenComparing(Draft::clientCode).thenComparingInt(Draft::index));
        List<OrderLine> lines = new ArrayList<>();
        for (int n = 0; n < drafts.size(); n++) {
            Draft d = drafts.get(n);
            String key = String.format(Locale.ROOT, "FA-%06d", n + 1);
            for (int l = 0; l < d.products().size(); l++) {
                lines.add(new OrderLine(new Order(key, d.clientCode(), d.date(), d.amountCents()[l] / 100.0,
                        d.marginCents()[l] / 100.0, d.products().get(l), d.channel()), Integer.toString(l + 1)));
            }
        }
        return lines;
    }

    private record Draft(String clientCode, int index, LocalDate date, String channel, List<String> products,
                         long[] amountCents, long[] marginCents) {
    }

    private static List<Draft> ordersOf(Client client, SeededRandom random) {
        int count = client.invoiceCount();
        LocalDate[] dates = dates(client, count, random);
        double[] weights = new double[count];
        double[] marginWeights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = StrictMath.exp(0.6 * random.nextGaussian());
            // each order's margin rate varies by ±20 % around the client's
            marginWeights[i] = weights[i] * (0.8 + 0.4 * random.nextDouble());
        }
        long[] amounts = split(Math.round(client.revenue() * 100), weights);
        long[] margins = split(Math.round(client.grossMargin() * 100), marginWeights);
        String branch = nearestBranch(client);
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> products = products(random);
            double[] lineWeights = new double[products.size()];
            for (int l = 0; l < lineWeights.length; l++) {
                lineWeights[l] = 0.5 + random.nextDouble();
            }
            String channel = random.chance(WEB_SHARE) ? WEB : branch;
            drafts.add(new Draft(client.code(), i, dates[i], channel, products, split(amounts[i], lineWeights),
                    split(margins[i], lineWeights)));
        }
        return drafts;
    }

    /** Sorted order dates: the first on the first order date, the last on the last one, the rest between. */
    private static LocalDate[] dates(Client client, int count, SeededRandom random) {
        LocalDate last = client.lastOrderDate();
        LocalDate first = client.firstOrderDate() == null || client.firstOrderDate().isAfter(last) ? last
                : client.firstOrderDate();
        LocalDate[] dates = new LocalDate[count];
        dates[count - 1] = last;
        if (count > 1) {
            dates[0] = first;
            for (int i = 1; i < count - 1; i++) {
                dates[i] = ClientGenerator.dateBetween(random, first, last);
            }
            Arrays.sort(dates);
        }
        return dates;
    }

    /** One to three distinct product families (70 % one, 20 % two, 10 % three). */
    private static List<String> products(SeededRandom random) {
        double draw = random.nextDouble();
        int n = draw < 0.7 ? 1 : draw < 0.9 ? 2 : 3;
        List<String> pool = new ArrayList<>(FAMILIES);
        List<String> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    /**
     * Splits a whole number of cents in proportion to the weights so that the parts add up exactly: each part
     * is the floor of its share, the cents left over go one by one to the first parts.
     */
    static long[] split(long totalCents, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            parts[i] = (long) Math.floor(totalCents * (weights[i] / sum));
            given += parts[i];
        }
        long left = totalCents - given;
        for (int i = 0; left != 0; i = (i + 1) % parts.length) {
            long step = Long.signum(left);
            parts[i] += step;
            left -= step;
        }
        return parts;
    }

    private static String nearestBranch(Client client) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < BRANCHES.length; i++) {
            double dLon = (client.lon() - BRANCH_LON_LAT[i][0]) * Math.cos(Math.toRadians(client.lat()));
            double dLat = client.lat() - BRANCH_LON_LAT[i][1];
            double distance = dLon * dLon + dLat * dLat;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return BRANCHES[best];
    }
}
