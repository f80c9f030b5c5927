package org.geoprospect.render;

import java.util.Objects;

/**
 * How a layer's features are labelled. Labels are placed after all layers are drawn, together with the
 * point layers' labels, by {@link org.geoprospect.render.labels.LabelPlacer}: by ascending {@code rank}
 * then descending priority, each at the first free one of its candidate positions; a label with none
 * free is dropped.
 *
 * @param field         attribute whose text is the label; never null
 * @param priorityField numeric attribute ordering labels within the layer (largest first), or null
 * @param fontSize      font size in pixels
 * @param bold          whether the font is bold
 * @param color         text colour (ARGB)
 * @param haloColor     colour of the outline that keeps text readable over the map (ARGB, 0 = none)
 * @param rank          layers with a lower rank get their labels placed first
 *                      ({@link org.geoprospect.render.labels.LabelRanks})
 */
public record LabelSpec(String field, String priorityField, float fontSize, boolean bold, int color,
                        int haloColor, int rank) {
    public LabelSpec {
        Objects.requireNonNull(field, "field");
        if (!(fontSize > 0)) {
            throw new IllegalArgumentException("A label font size must be positive, got " + fontSize + ".");
        }
    }
}
