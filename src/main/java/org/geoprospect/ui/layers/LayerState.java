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
import org.geoprospect.render.PointSymbol;
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
        this.style = LayerLook.startingFrom(defaults);
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

    /** The style editor's result: one stroke, fill and point size for every feature. */
    public void editStyle(int strokeColor, float strokeWidth, int fillColor, double pointSize) {
        style = style.withStyle(strokeColor, strokeWidth, fillColor, pointSize);
        restyle();
    }

    /** The style editor's marker (null: the layer's default) and colouring field (null: one colour). */
    public void editSymbolAndColouring(PointSymbol symbol, String colourBy) {
        style = style.withSymbolAndColouring(symbol, colourBy);
        restyle();
    }

    /** The attribute names of the layer's features (of the first thousand), sorted, for "colour by". */
    public List<String> fieldNames() {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        layer.features().stream().limit(1000).forEach(f -> names.addAll(f.attributes().keySet()));
        return List.copyOf(names);
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
