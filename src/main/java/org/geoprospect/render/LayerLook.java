package org.geoprospect.render;

import org.geoprospect.model.VectorLayer;

/**
 * What the user chose for one layer in the layers panel and keeps in the project: opacity, labels on or
 * off and, once the style was edited, the layer's drawing rules (single symbol, categories of a field or
 * graduated classes of a numeric field, as {@link LayerSymbology}). Immutable and thread-safe.
 *
 * <p>An unedited look ({@code rules == null}) draws the layer's default rules ({@link DefaultStyles}), so a
 * change of the defaults reaches every layer nobody styled. The label rule is never part of the edited
 * rules: it always comes from the defaults, switched on or off by {@code labels}.
 *
 * @param opacity 0 (invisible) to 1 (opaque), for the whole layer
 * @param labels  whether the layer's labels are drawn (when its default rules have any)
 * @param rules   the edited rules (their label rule dropped), or null for the layer's defaults. Rules with a
 *                class field and no classes are a categorisation still to be made: one class per value of
 *                the field, from the layer's features ({@link CategoryStyles}) — what styles saved before
 *                the classes were kept ask for
 */
public record LayerLook(double opacity, boolean labels, LayerSymbology rules) {
    /** Opaque, labels on, the default rules. */
    public static final LayerLook DEFAULT = new LayerLook(1.0, true, null);

    public LayerLook {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("A layer opacity must lie between 0 and 1, got " + opacity + ".");
        }
        rules = rules == null || rules.label() == null ? rules : rules.withLabel(null);
    }

    /** Whether the style was edited (the rules replace the defaults). */
    public boolean edited() {
        return rules != null;
    }

    /** The same look with another opacity. */
    public LayerLook withOpacity(double newOpacity) {
        return new LayerLook(newOpacity, labels, rules);
    }

    /** The same look with labels on or off. */
    public LayerLook withLabels(boolean on) {
        return new LayerLook(opacity, on, rules);
    }

    /** The same look with edited rules (null: back to the layer's defaults). */
    public LayerLook withRules(LayerSymbology newRules) {
        return new LayerLook(opacity, labels, newRules);
    }

    /** The rules to draw with, without a layer's features: see {@link #applyTo(LayerSymbology, VectorLayer)}. */
    public LayerSymbology applyTo(LayerSymbology defaults) {
        return applyTo(defaults, null);
    }

    /**
     * The rules to draw {@code layer} with: the edited rules (or the defaults), with the default label rule
     * kept only when labels are on; a categorisation still to be made gets its classes from the layer's
     * features (none when the layer is null).
     */
    public LayerSymbology applyTo(LayerSymbology defaults, VectorLayer layer) {
        LayerSymbology drawn = rules == null ? defaults : rules.withLabel(defaults.label());
        if (drawn.classField() != null && drawn.classes().isEmpty() && layer != null) {
            drawn = CategoryStyles.colourBy(drawn, layer.info().kind(), layer.features(), drawn.classField());
        }
        return labels ? drawn : drawn.withLabel(null);
    }
}
