package org.geoprospect.ui.layers;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.geoprospect.model.VectorLayer;
import org.geoprospect.render.DefaultStyles;
import org.geoprospect.render.LayerDrawing;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.GraduatedStyles;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.LegendEntry;

/**
 * What the user decided about one layer (shown or not, opacity, style), kept apart from the
 * controls that edit it so that later tools (reordering, style editing) share one truth.
 * FX-thread confined.
 */
public final class LayerState {
    private final VectorLayer layer;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);
    private final BooleanProperty labels = new SimpleBooleanProperty(this, "labels", true);
    private final ObjectProperty<LayerSymbology> symbology = new SimpleObjectProperty<>(this, "symbology");
    private final LayerSymbology defaults;
    /** The style fields of the look (its opacity and labels are the properties above). */
    private LayerLook style;

    /** A visible, opaque layer with its default style. */
    public LayerState(VectorLayer layer) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.defaults = DefaultStyles.forLayer(layer.info());
        this.style = LayerLook.DEFAULT;
        symbology.set(defaults);
        labels.addListener((o, a, b) -> restyle());
    }

    /** Whether the layer's default rules have labels at all (otherwise the labels switch does nothing). */
    public boolean hasLabels() {
        return defaults.label() != null;
    }

    public BooleanProperty labelsProperty() {
        return labels;
    }

    /** What the project keeps of this layer: opacity, labels and style. */
    public LayerLook look() {
        return style.withOpacity(Math.max(0, Math.min(1, opacity.get()))).withLabels(labels.get());
    }

    /** Takes a saved look (opacity, labels, style); null keeps the current one. */
    public void applyLook(LayerLook look) {
        if (look == null) {
            return;
        }
        style = look;
        opacity.set(look.opacity());
        labels.set(look.labels());
        restyle();
    }

    /**
     * The style editor's result: these rules replace the layer's (their label rule is the default's,
     * switched by the labels property); rules equal to the defaults bring the layer back to its defaults.
     */
    public void editRules(LayerSymbology rules) {
        boolean defaultRules = rules.withLabel(null).equals(defaults.withLabel(null));
        style = style.withRules(defaultRules ? null : rules);
        restyle();
    }

    /** The rules the layer starts with (its default style). */
    public LayerSymbology defaultRules() {
        return defaults;
    }

    /** The attribute names of the layer's features (of the first thousand), sorted, for categories. */
    public List<String> fieldNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        sample().forEach(f -> names.addAll(f.attributes().keySet()));
        return List.copyOf(names);
    }

    /** The attributes that hold numbers (of the first thousand features), sorted, for graduated classes. */
    public List<String> numericFieldNames() {
        List<org.geoprospect.model.VectorFeature> sample = sample();
        return fieldNames().stream().filter(field -> GraduatedStyles.isNumeric(sample, field)).toList();
    }

    private List<org.geoprospect.model.VectorFeature> sample() {
        List<org.geoprospect.model.VectorFeature> features = layer.features();
        return features.subList(0, Math.min(1000, features.size()));
    }

    private void restyle() {
        symbology.set(look().applyTo(defaults, layer));
    }

    public VectorLayer layer() {
        return layer;
    }

    public String name() {
        return layer.info().name();
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public ObjectProperty<LayerSymbology> symbologyProperty() {
        return symbology;
    }

    /** What the renderer needs from this layer now. */
    public LayerDrawing toDrawing() {
        return new LayerDrawing(layer, symbology.get(), Math.max(0, Math.min(1, opacity.get())));
    }

    /** The legend lines of this layer's current style. */
    public List<LegendEntry> legendEntries() {
        return LegendEntry.of(name(), layer.info().kind(), symbology.get());
    }

    @Override
    public String toString() {
        return name();
    }
}
