package org.geoprospect.render.points;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.analysis.rfm.RfmSegment;
import org.geoprospect.model.Client;
import org.geoprospect.model.ContactCategory;

/**
 * How the customer file's diamonds are coloured: by {@linkplain #BY_CATEGORY contact category} (the default), or by a
 * class given per client code, such as its {@linkplain #bySegment RFM segment}. A class colouring names its classes in
 * legend order, each with its colour and the message key of its legend text; a client without a class (for RFM: no
 * order in the period) takes {@link #UNCLASSED_COLOUR} and the key {@code <prefix>none}. Immutable, thread-safe.
 */
public final class ClientColouring {
    /** Grey of a client the colouring gives no class. */
    public static final int UNCLASSED_COLOUR = 0xFFBDBDBD;
    /** Colours by category, as {@link PointStyles#categoryColor}. */
    public static final ClientColouring BY_CATEGORY = new ClientColouring(null, Map.of(), Map.of());
    /** Key prefix of the RFM segments' legend texts: {@code legend.points.segment.at_risk}… */
    public static final String SEGMENT_KEY_PREFIX = "legend.points.segment.";
    private static final Map<RfmSegment, Integer> SEGMENT_COLOURS = Collections.unmodifiableMap(segmentColours());

    private final String keyPrefix;
    private final Map<String, String> classOfCode;
    private final Map<String, Integer> colourOfClass;

    private ClientColouring(String keyPrefix, Map<String, String> classOfCode, Map<String, Integer> colourOfClass) {
        this.keyPrefix = keyPrefix;
        this.classOfCode = classOfCode;
        this.colourOfClass = colourOfClass;
    }

    /**
     * Colours by class.
     *
     * @param keyPrefix     prefix of the classes' legend text keys (the class code is appended)
     * @param classOfCode   each classed client's class, by client code
     * @param colourOfClass every class's ARGB colour, in legend order
     * @throws IllegalArgumentException when a client's class has no colour
     */
    public static ClientColouring byClass(String keyPrefix, Map<String, String> classOfCode,
                                          Map<String, Integer> colourOfClass) {
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        Map<String, Integer> colours = Collections.unmodifiableMap(new LinkedHashMap<>(colourOfClass));
        for (String c : classOfCode.values()) {
            if (!colours.containsKey(c)) {
                throw new IllegalArgumentException("The class '" + c + "' has no colour.");
            }
        }
        return new ClientColouring(keyPrefix, Map.copyOf(classOfCode), colours);
    }

    /**
     * Colours by RFM segment: greens for the best (champions, loyal, potential loyalists), blues for the new and the
     * promising, yellow to red for those slipping away (needs attention, at risk, cannot lose), greys for the dormant.
     */
    public static ClientColouring bySegment(Map<String, RfmSegment> segmentOfCode) {
        Map<String, String> classes = new HashMap<>();
        segmentOfCode.forEach((code, segment) -> classes.put(code, segment.code()));
        Map<String, Integer> colours = new LinkedHashMap<>();
        SEGMENT_COLOURS.forEach((segment, colour) -> colours.put(segment.code(), colour));
        return byClass(SEGMENT_KEY_PREFIX, classes, colours);
    }

    /** The colour of an RFM segment's diamonds. */
    public static int segmentColour(RfmSegment segment) {
        return SEGMENT_COLOURS.get(segment);
    }

    /** Whether this colours by category. */
    public boolean byCategory() {
        return keyPrefix == null;
    }

    /** The ARGB fill of a client's diamond. */
    public int colourOf(Client client) {
        if (byCategory()) {
            return PointStyles.categoryColor(client.category());
        }
        String c = classOfCode.get(client.code());
        return c == null ? UNCLASSED_COLOUR : colourOfClass.get(c);
    }

    /** The message key of the legend line a client falls under. */
    public String textKeyOf(Client client) {
        if (byCategory()) {
            return "legend.points.category." + client.category().code();
        }
        String c = classOfCode.get(client.code());
        return keyPrefix + (c == null ? "none" : c);
    }

    /**
     * The legend lines of these clients, one per colour present, in legend order (categories in their order; classes
     * in the colouring's order, the unclassed last): text key to colour.
     */
    public Map<String, Integer> legendOf(List<Client> clients) {
        Map<String, Integer> present = new HashMap<>();
        for (Client client : clients) {
            present.putIfAbsent(textKeyOf(client), colourOf(client));
        }
        List<String> order = new ArrayList<>();
        if (byCategory()) {
            for (ContactCategory category : ContactCategory.values()) {
                order.add("legend.points.category." + category.code());
            }
        } else {
            colourOfClass.keySet().forEach(c -> order.add(keyPrefix + c));
            order.add(keyPrefix + "none");
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String key : order) {
            if (present.containsKey(key)) {
                lines.put(key, present.get(key));
            }
        }
        return lines;
    }

    private static Map<RfmSegment, Integer> segmentColours() {
        Map<RfmSegment, Integer> c = new LinkedHashMap<>();
        // legend order: the best first, then the new, then those slipping away, then the dormant
        c.put(RfmSegment.CHAMPIONS, 0xFF006D2C);
        c.put(RfmSegment.LOYAL, 0xFF31A354);
        c.put(RfmSegment.POTENTIAL_LOYALIST, 0xFF74C476);
        c.put(RfmSegment.NEW, 0xFF2171B5);
        c.put(RfmSegment.PROMISING, 0xFF6BAED6);
        c.put(RfmSegment.NEEDS_ATTENTION, 0xFFFEC44F);
        c.put(RfmSegment.AT_RISK, 0xFFF16913);
        c.put(RfmSegment.CANNOT_LOSE, 0xFFCB181D);
        c.put(RfmSegment.HIBERNATING, 0xFF807DBA);
        c.put(RfmSegment.LOST, 0xFF525252);
        return c;
    }
}
