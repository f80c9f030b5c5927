package org.geoprospect.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * Cuts a day's stops into the detail maps of the tour pack ("extracts"): groups of stops near each
 * other, each shown at one fixed street scale so that a rep finds the door. Stops are taken in visiting
 * order; a stop joins the current group while the group's stops still fit inside the extract's inner
 * area (its frame less a margin, so that no number sits on the edge), otherwise it opens the next
 * group. Every extract has the same size on the ground, centred on its stops. A stop far from all
 * others gets an extract of its own.
 *
 * <p>Extracts are labelled by day and letter ({@code 1A}, {@code 1B}, … {@code 1Z}, {@code 1AA}…), the
 * label the contact sheet gives to find a stop's map. Stateless; thread-safe.
 */
public final class StopExtracts {
    /**
     * Width on the ground of every extract, metres: printed about 13 cm wide, so about 1:6,000, where
     * stops 20 m apart are distinct and a street block is the size of a thumb.
     */
    public static final double SPAN_METRES = 800;
    /** Share of the extract's width and height kept free of stops along each edge. */
    static final double MARGIN_SHARE = 0.1;

    private StopExtracts() {
    }

    /**
     * One detail map.
     *
     * @param label e.g. "1A"
     * @param area  the ground it shows, project CRS
     * @param stops the positions (within the day, 0-based) of the stops it is the map of, in visiting order
     */
    public record Extract(String label, Envelope area, int[] stops) {
        public Extract {
            Objects.requireNonNull(label, "label");
            area = new Envelope(area);
            stops = stops.clone();
        }

        @Override
        public Envelope area() {
            return new Envelope(area);
        }

        @Override
        public int[] stops() {
            return stops.clone();
        }
    }

    /**
     * The extracts of one day.
     *
     * @param day    1-based day number (for the labels)
     * @param xs     the day's stops' eastings in visiting order, project CRS
     * @param ys     their northings
     * @param aspect height over width of an extract's picture
     * @throws IllegalArgumentException when the arrays differ in length or the aspect is not positive
     */
    public static List<Extract> of(int day, double[] xs, double[] ys, double aspect) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("The day has " + xs.length + " eastings but " + ys.length + " northings.");
        }
        if (!(aspect > 0)) {
            throw new IllegalArgumentException("The extracts' aspect must be positive, got " + aspect + ".");
        }
        double width = SPAN_METRES;
        double height = SPAN_METRES * aspect;
        double innerWidth = width * (1 - 2 * MARGIN_SHARE);
        double innerHeight = height * (1 - 2 * MARGIN_SHARE);
        List<Extract> extracts = new ArrayList<>();
        List<Integer> group = new ArrayList<>();
        Envelope bounds = new Envelope();
        for (int i = 0; i < xs.length; i++) {
            Envelope grown = new Envelope(bounds);
            grown.expandToInclude(xs[i], ys[i]);
            if (!group.isEmpty() && (grown.getWidth() > innerWidth || grown.getHeight() > innerHeight)) {
                extracts.add(extract(day, extracts.size(), group, bounds, width, height));
                group.clear();
                grown = new Envelope(xs[i], xs[i], ys[i], ys[i]);
            }
            group.add(i);
            bounds = grown;
        }
        if (!group.isEmpty()) {
            extracts.add(extract(day, extracts.size(), group, bounds, width, height));
        }
        return List.copyOf(extracts);
    }

    private static Extract extract(int day, int index, List<Integer> group, Envelope bounds, double width, double height) {
        double cx = bounds.centre().x;
        double cy = bounds.centre().y;
        Envelope area = new Envelope(cx - width / 2, cx + width / 2, cy - height / 2, cy + height / 2);
        return new Extract(day + letters(index), area, group.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A, B, … Z, AA, AB, … for 0, 1, … 25, 26, 27, … */
    static String letters(int index) {
        StringBuilder b = new StringBuilder();
        int n = index;
        do {
            b.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return b.toString();
    }
}
