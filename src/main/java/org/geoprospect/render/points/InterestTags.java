package org.geoprospect.render.points;

import java.util.Map;
import org.geoprospect.model.Interests;

/**
 * Short map tags for interest codes ({@code mountain_bike} → "mtb"), so that a household's label
 * stays short. Unknown codes show as themselves, underscores as spaces. Stateless, thread-safe.
 */
public final class InterestTags {
    private static final Map<String, String> SHORT = Map.of(
            "mountain_bike", "mtb", "photography", "photo", "gardening", "garden", "swimming", "swim");

    private InterestTags() {
    }

    /** The tag of an interest code. */
    public static String tag(String interestCode) {
        return SHORT.getOrDefault(interestCode, interestCode.replace('_', ' '));
    }

    /** Up to {@code max} tags of an interest mask (bit k = {@code Interests.VOCABULARY.get(k)}), comma-separated. */
    public static String tags(int interestMask, int max) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (int k = 0; k < Interests.VOCABULARY.size() && shown < max; k++) {
            if ((interestMask & (1 << k)) != 0) {
                if (shown++ > 0) {
                    text.append(", ");
                }
                text.append(tag(Interests.VOCABULARY.get(k)));
            }
        }
        return text.toString();
    }
}
