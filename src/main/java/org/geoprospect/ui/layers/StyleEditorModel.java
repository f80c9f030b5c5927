package org.geoprospect.ui.layers;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.render.CategoryStyles;
import org.geoprospect.render.GraduatedStyles;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.StyleClass;
import org.geoprospect.render.SymbolEdits;

/**
 * What the style dialog edits: the layer's rules as they are drawn, changed only by what the user does —
 * choose the kind of style or its field (which makes new classes), edit one class's symbol or the
 * single symbol, go back to the default style. {@link #changed()} says whether the rules now differ from
 * those the dialog opened on, so that OK without a change changes nothing. FX-thread confined.
 */
final class StyleEditorModel {
    /** The kinds of style a layer can have. */
    enum Kind {
        /** One symbol for every feature (polygons may take one palette colour each). */
        SINGLE,
        /** One symbol per value of a field. */
        CATEGORISED,
        /** One symbol per range of a numeric field. */
        GRADUATED
    }

    /** Classes made when the user switches to graduated. */
    static final int DEFAULT_CLASS_COUNT = 5;

    private final LayerState layer;
    private final LayerSymbology original;
    private final ObjectProperty<LayerSymbology> rules;
    /** The class whose symbol is edited: an index into the classes, or classes.size() for "other values". */
    private int selected;
    private GraduatedStyles.Method method = GraduatedStyles.Method.QUANTILES;

    StyleEditorModel(LayerState layer) {
        this.layer = Objects.requireNonNull(layer, "layer");
        this.original = layer.symbologyProperty().get();
        this.rules = new SimpleObjectProperty<>(this, "rules", original);
        this.selected = original.classes().isEmpty() ? 0 : original.classes().size() - 1;
    }

    GeometryKind geometry() {
        return layer.layer().info().kind();
    }

    /** The rules being edited (every change replaces the value). */
    ReadOnlyObjectProperty<LayerSymbology> rulesProperty() {
        return rules;
    }

    LayerSymbology rules() {
        return rules.get();
    }

    Kind kind() {
        return kindOf(rules.get());
    }

    /** The kinds this layer offers: categories need a field, graduated classes a numeric one. */
    List<Kind> kinds() {
        if (layer.fieldNames().isEmpty()) {
            return List.of(Kind.SINGLE);
        }
        return layer.numericFieldNames().isEmpty() ? List.of(Kind.SINGLE, Kind.CATEGORISED)
                : List.of(Kind.SINGLE, Kind.CATEGORISED, Kind.GRADUATED);
    }

    /** The fields a kind can use. */
    List<String> fields(Kind kind) {
        return switch (kind) {
            case SINGLE -> List.of();
            case CATEGORISED -> layer.fieldNames();
            case GRADUATED -> layer.numericFieldNames();
        };
    }

    GraduatedStyles.Method method() {
        return method;
    }

    /**
     * Switches to a kind of style on a field (ignored for single): new classes are made from the current
     * symbol; coming back to the kind and field the dialog opened on brings their classes back as they were.
     */
    void choose(Kind kind, String field, int classCount) {
        LayerSymbology current = rules.get();
        boolean backToOriginal = kind != Kind.SINGLE && field != null && field.equals(original.classField())
                && kind == kindOf(original) && (kind == Kind.CATEGORISED || classCount == original.classes().size());
        LayerSymbology base = new LayerSymbology(current.defaultStyle(), null, List.of(), List.of(), current.label());
        LayerSymbology next = switch (kind) {
            case SINGLE -> kindOf(current) == Kind.SINGLE ? current
                    : kindOf(original) == Kind.SINGLE ? original : base;
            case CATEGORISED -> backToOriginal ? original
                    : CategoryStyles.colourBy(base, geometry(), layer.layer().features(), Objects.requireNonNull(field, "field"));
            case GRADUATED -> backToOriginal ? original
                    : GraduatedStyles.graduate(base, geometry(), layer.layer().features(),
                            Objects.requireNonNull(field, "field"), classCount, method);
        };
        set(next);
        selected = next.classes().isEmpty() ? 0 : next.classes().size() - 1;
    }

    /** Another way of cutting graduated classes; remade at once when the style is graduated. */
    void chooseMethod(GraduatedStyles.Method newMethod, int classCount) {
        this.method = Objects.requireNonNull(newMethod, "method");
        if (kind() == Kind.GRADUATED) {
            LayerSymbology current = rules.get();
            LayerSymbology base = new LayerSymbology(current.defaultStyle(), null, List.of(), List.of(), current.label());
            set(GraduatedStyles.graduate(base, geometry(), layer.layer().features(), current.classField(), classCount, method));
        }
    }

    /** Edits the symbol of this class (index into the classes, or classes.size() for the other values). */
    void select(int classIndex) {
        this.selected = classIndex;
    }

    int selected() {
        return selected;
    }

    /** The symbol being edited. */
    LayerStyle selectedStyle() {
        return rules.get().styleOfClass(selected);
    }

    /** Changes the selected symbol; nothing happens when the change leaves it as it was. */
    void editSelected(UnaryOperator<LayerStyle> change) {
        LayerSymbology r = rules.get();
        LayerStyle before = r.styleOfClass(selected);
        LayerStyle after = change.apply(before);
        if (after.equals(before)) {
            return;
        }
        if (selected >= r.classes().size()) {
            set(new LayerSymbology(after, r.classField(), r.classes(), r.fillPalette(), r.label()));
        } else {
            List<StyleClass> classes = new java.util.ArrayList<>(r.classes());
            classes.set(selected, classes.get(selected).withStyle(after));
            set(new LayerSymbology(r.defaultStyle(), r.classField(), classes, r.fillPalette(), r.label()));
        }
    }

    /** Whether polygons are coloured one by one from a palette (the single symbol's fill then unused). */
    boolean usesPalette() {
        return !rules.get().fillPalette().isEmpty();
    }

    /** Whether the dialog opened on a palette (only then can the user go back to it). */
    boolean offersPalette() {
        return !original.fillPalette().isEmpty() && kind() == Kind.SINGLE;
    }

    /** Colours polygons from the original palette (at the fill's opacity) or with the single fill. */
    void usePalette(boolean on) {
        LayerSymbology r = rules.get();
        if (on == usesPalette() || (on && original.fillPalette().isEmpty())) {
            return;
        }
        double opacity = (r.defaultStyle().fillColor() >>> 24) / 255.0;
        List<Integer> palette = on ? SymbolEdits.paletteOpacity(original.fillPalette(), opacity) : List.of();
        if (on && opacity == (original.defaultStyle().fillColor() >>> 24) / 255.0) {
            palette = original.fillPalette();
        }
        set(new LayerSymbology(r.defaultStyle(), r.classField(), r.classes(), palette, r.label()));
    }

    /** The fill opacity (0..1) of the selected symbol, or of every palette colour. */
    void fillOpacity(double opacity) {
        editSelected(s -> SymbolEdits.fillOpacity(s, opacity));
        LayerSymbology r = rules.get();
        if (usesPalette()) {
            List<Integer> palette = SymbolEdits.paletteOpacity(r.fillPalette(), opacity);
            if (!palette.equals(r.fillPalette())) {
                set(new LayerSymbology(r.defaultStyle(), r.classField(), r.classes(), palette, r.label()));
            }
        }
    }

    /** Back to the layer's default style. */
    void resetToDefaults() {
        LayerSymbology defaults = layer.defaultRules();
        set(defaults.withLabel(rules.get().label()));
        selected = defaults.classes().isEmpty() ? 0 : defaults.classes().size() - 1;
    }

    /** Whether the rules differ from those the dialog opened on. */
    boolean changed() {
        return !rules.get().equals(original);
    }

    private void set(LayerSymbology next) {
        rules.set(next);
    }

    private static Kind kindOf(LayerSymbology r) {
        return r.classes().isEmpty() ? Kind.SINGLE : r.graduated() ? Kind.GRADUATED : Kind.CATEGORISED;
    }
}
