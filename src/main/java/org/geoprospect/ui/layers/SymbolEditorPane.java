package org.geoprospect.ui.layers;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import org.geoprospect.render.Colors;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.render.StrokeSpec;
import org.geoprospect.render.SymbolEdits;
import org.geoprospect.ui.Messages;

/**
 * The controls of one symbol, by the layer's geometry: lines get colour, width, dash and casing;
 * polygons fill colour, fill opacity and outline; points marker, size, colour and outline. The controls
 * open on the symbol's values and each user change goes to {@link StyleEditorModel#editSelected} as the
 * one edit it is ({@link SymbolEdits}), so what the user leaves alone stays exactly as it was.
 * {@link #show} rebuilds the controls for the symbol now selected. FX thread.
 */
final class SymbolEditorPane extends GridPane {
    private static final PointSymbol[] MARKERS = {PointSymbol.CIRCLE, PointSymbol.SQUARE, PointSymbol.TRIANGLE, PointSymbol.DIAMOND};
    private static final List<List<Float>> DASHES = List.of(SymbolEdits.SOLID, SymbolEdits.DASHED, SymbolEdits.DOTTED);

    private final StyleEditorModel model;
    private final Messages messages;

    SymbolEditorPane(StyleEditorModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("styleSymbol");
        setHgap(10);
        setVgap(8);
        show();
    }

    /** Rebuilds the controls for the selected symbol. */
    void show() {
        getChildren().clear();
        LayerStyle style = model.selectedStyle();
        switch (model.geometry()) {
            case LINE -> lineControls(style);
            case POLYGON -> polygonControls(style);
            case POINT -> pointControls(style);
            default -> throw new IllegalStateException("Unknown geometry kind " + model.geometry());
        }
    }

    private void lineControls(LayerStyle style) {
        StrokeSpec line = SymbolEdits.line(style);
        StrokeSpec casing = SymbolEdits.casing(style);
        ColorPicker colour = picker("styleLineColour", line == null ? 0xFF000000 : line.color(),
                argb -> model.editSelected(s -> SymbolEdits.lineColour(s, argb)));
        Spinner<Double> width = spinner("styleLineWidth", 0.2, 20, 0.1, line == null ? 1.5 : line.width(),
                w -> model.editSelected(s -> SymbolEdits.lineWidth(s, w.floatValue())));
        ComboBox<String> dash = new ComboBox<>();
        dash.setId("styleDash");
        dash.getItems().addAll(messages.get("layers.style.dash.solid"), messages.get("layers.style.dash.dashed"),
                messages.get("layers.style.dash.dotted"));
        int dashIndex = DASHES.indexOf(line == null ? SymbolEdits.SOLID : line.dash());
        if (dashIndex < 0) {
            // A pattern the menu does not name (e.g. from another version) is shown as it is, and kept.
            dash.getItems().add(messages.get("layers.style.dash.other"));
            dashIndex = DASHES.size();
        }
        dash.getSelectionModel().select(dashIndex);
        dash.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && b.intValue() < DASHES.size()) {
                model.editSelected(s -> SymbolEdits.lineDash(s, DASHES.get(b.intValue())));
            }
        });
        CheckBox casingOn = new CheckBox(messages.get("layers.style.casing"));
        casingOn.setId("styleCasing");
        casingOn.setSelected(casing != null);
        ColorPicker casingColour = picker("styleCasingColour", casing == null ? 0xFF606060 : casing.color(),
                argb -> model.editSelected(s -> SymbolEdits.casingColour(s, argb)));
        casingColour.setDisable(casing == null);
        casingOn.selectedProperty().addListener((o, a, on) -> {
            casingColour.setDisable(!on);
            model.editSelected(s -> SymbolEdits.casingColour(s, on ? argb(casingColour.getValue()) : null));
        });
        addRow(0, new Label(messages.get("layers.style.lineColour")), colour);
        addRow(1, new Label(messages.get("layers.style.lineWidth")), width);
        addRow(2, new Label(messages.get("layers.style.dash")), dash);
        addRow(3, casingOn, casingColour);
    }

    private void polygonControls(LayerStyle style) {
        int row = 0;
        boolean palette = model.usesPalette();
        ColorPicker fill = picker("styleFill", style.fillColor() | 0xFF000000,
                argb -> model.editSelected(s -> SymbolEdits.fillColour(s, argb)));
        fill.setDisable(palette);
        if (model.offersPalette()) {
            CheckBox perPolygon = new CheckBox(messages.get("layers.style.palette"));
            perPolygon.setId("stylePalette");
            perPolygon.setSelected(palette);
            perPolygon.selectedProperty().addListener((o, a, on) -> {
                fill.setDisable(on);
                model.usePalette(on);
            });
            add(perPolygon, 0, row++, 2, 1);
        }
        int alpha = palette ? Colors.alpha(model.rules().fillPalette().get(0)) : Colors.alpha(style.fillColor());
        Slider opacity = new Slider(0, 100, Math.round(alpha / 2.55));
        opacity.setId("styleFillOpacity");
        Label percent = new Label(percent(opacity.getValue()));
        opacity.valueProperty().addListener((o, a, b) -> {
            percent.setText(percent(b.doubleValue()));
            model.fillOpacity(Math.round(b.doubleValue()) / 100.0);
        });
        StrokeSpec outline = SymbolEdits.line(style);
        CheckBox outlineOn = new CheckBox(messages.get("layers.style.outline"));
        outlineOn.setId("styleOutline");
        outlineOn.setSelected(outline != null);
        ColorPicker outlineColour = picker("styleOutlineColour", outline == null ? 0xFF404040 : outline.color(),
                argb -> model.editSelected(s -> SymbolEdits.outlineColour(s, argb)));
        Spinner<Double> outlineWidth = spinner("styleOutlineWidth", 0.2, 10, 0.1, outline == null ? 1.0 : outline.width(),
                w -> model.editSelected(s -> SymbolEdits.outlineWidth(s, w.floatValue())));
        outlineColour.setDisable(outline == null);
        outlineWidth.setDisable(outline == null);
        outlineOn.selectedProperty().addListener((o, a, on) -> {
            outlineColour.setDisable(!on);
            outlineWidth.setDisable(!on);
            model.editSelected(s -> on ? SymbolEdits.outlineWidth(SymbolEdits.outlineColour(s, argb(outlineColour.getValue())),
                    outlineWidth.getValue().floatValue()) : SymbolEdits.noOutline(s));
        });
        addRow(row++, new Label(messages.get("layers.style.fill")), fill);
        addRow(row++, new Label(messages.get("layers.style.fillOpacity")), new HBox(6, opacity, percent));
        addRow(row++, outlineOn, outlineColour);
        addRow(row, new Label(messages.get("layers.style.outlineWidth")), outlineWidth);
    }

    private void pointControls(LayerStyle style) {
        ComboBox<String> marker = new ComboBox<>();
        marker.setId("styleMarker");
        for (PointSymbol symbol : MARKERS) {
            marker.getItems().add(messages.get("layers.style.marker." + symbol.name().toLowerCase(Locale.ROOT)));
        }
        marker.getSelectionModel().select(Math.max(0, List.of(MARKERS).indexOf(style.pointSymbol())));
        marker.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                model.editSelected(s -> SymbolEdits.marker(s, MARKERS[b.intValue()]));
            }
        });
        Spinner<Double> size = spinner("stylePointSize", 1, 40, 0.5, style.pointSize(),
                v -> model.editSelected(s -> SymbolEdits.pointSize(s, v)));
        ColorPicker colour = picker("stylePointColour", style.pointFill(),
                argb -> model.editSelected(s -> SymbolEdits.pointFill(s, argb)));
        CheckBox outlineOn = new CheckBox(messages.get("layers.style.outline"));
        outlineOn.setId("stylePointOutline");
        outlineOn.setSelected(Colors.alpha(style.pointOutline()) > 0);
        ColorPicker outline = picker("stylePointOutlineColour", Colors.alpha(style.pointOutline()) > 0 ? style.pointOutline()
                : 0xFFFFFFFF, argb -> model.editSelected(s -> SymbolEdits.pointOutline(s, argb)));
        outline.setDisable(!outlineOn.isSelected());
        outlineOn.selectedProperty().addListener((o, a, on) -> {
            outline.setDisable(!on);
            model.editSelected(s -> SymbolEdits.pointOutline(s, on ? argb(outline.getValue()) : 0));
        });
        addRow(0, new Label(messages.get("layers.style.marker")), marker);
        addRow(1, new Label(messages.get("layers.style.pointSize")), size);
        addRow(2, new Label(messages.get("layers.style.pointColour")), colour);
        addRow(3, outlineOn, outline);
    }

    private static ColorPicker picker(String id, int argb, java.util.function.IntConsumer onChange) {
        ColorPicker picker = new ColorPicker(fx(argb));
        picker.setId(id);
        picker.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                onChange.accept(argb(b));
            }
        });
        return picker;
    }

    private static Spinner<Double> spinner(String id, double min, double max, double step, double value,
                                           java.util.function.Consumer<Double> onChange) {
        Spinner<Double> spinner = new Spinner<>();
        spinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value, step));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        spinner.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                onChange.accept(b);
            }
        });
        return spinner;
    }

    private static String percent(double value) {
        return Math.round(value) + " %";
    }

    static Color fx(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    static int argb(Color c) {
        return ((int) Math.round(c.getOpacity() * 255) << 24) | ((int) Math.round(c.getRed() * 255) << 16)
                | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
