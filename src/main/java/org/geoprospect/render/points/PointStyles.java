package org.geoprospect.render.points;

import static org.geoprospect.render.Colors.rgb;

import java.util.EnumMap;
import java.util.Map;
import org.geoprospect.model.ContactCategory;

/**
 * The colours of the point layers: warm prospect dots, households, clients by category, red
 * competitors. Category hues are ColorBrewer-like, distinct from each other, from the amber dots and
 * from the competitors' red. Stateless, thread-safe.
 */
public final class PointStyles {
    /** Prospect dots: a warm amber with a darker rim. */
    public static final int DOT_FILL = rgb("#f39c12");
    public static final int DOT_RIM = rgb("#9a4a05");
    /** Individual households: a smaller warm orange marker with a dark rim. */
    public static final int HOUSEHOLD_FILL = rgb("#fd8d3c");
    public static final int HOUSEHOLD_RIM = rgb("#7f2704");
    /** Competitors: the customer's red square. */
    public static final int COMPETITOR_FILL = rgb("#e31a1c");
    public static final int COMPETITOR_RIM = rgb("#67000d");
    /** Rim of client markers, white so that they stand out on dots and roads. */
    public static final int CLIENT_RIM = rgb("#ffffff");

    private static final Map<ContactCategory, Integer> CATEGORY_COLORS = new EnumMap<>(Map.of(
            ContactCategory.CLIENT, rgb("#1f4e9c"),
            ContactCategory.FORMER_CLIENT, rgb("#8c96c6"),
            ContactCategory.PROSPECT, rgb("#35978f"),
            ContactCategory.SUPPLIER, rgb("#8c510a"),
            ContactCategory.BANKER, rgb("#4d4d4d"),
            ContactCategory.JOURNALIST, rgb("#c51b7d"),
            ContactCategory.RELATION, rgb("#4d9221")));

    private PointStyles() {
    }

    /** The opaque ARGB colour of a contact category; never null input. */
    public static int categoryColor(ContactCategory category) {
        return CATEGORY_COLORS.get(category);
    }
}
