package org.geoprospect.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.render.DefaultStyles;
import org.geoprospect.render.LayerLook;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.render.StrokeSpec;
import org.geoprospect.render.StyleClass;

/**
 * The JSON kept in a layer's {@code style_json}: version 2 holds the layers panel's {@link LayerLook}
 * (opacity, labels and, when the style was edited, the rules: {@link SymbologyJson}). Version 1, written
 * before the style editor kept classes, is still read: its single style ({@code custom}, {@code stroke},
 * {@code strokeWidth}, {@code fill}, {@code pointSize}), marker ({@code symbol}) and colouring field
 * ({@code colourBy}) become the rules they drew. Stateless and thread-safe.
 */
final class LayerLookJson {
    static final int VERSION = 2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LayerLookJson() {
    }

    static String write(LayerLook look) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("version", VERSION);
        node.put("opacity", look.opacity());
        node.put("labels", look.labels());
        if (look.rules() != null) {
            node.set("rules", SymbologyJson.write(MAPPER, look.rules()));
        }
        return node.toString();
    }

    /**
     * The look saved for a layer.
     *
     * @param layer the layer (its name for the sentence, its defaults for a version-1 style)
     * @throws UserFacingException naming the layer when the text is not a style this version reads
     */
    static LayerLook read(String json, LayerInfo layer) {
        try {
            JsonNode node = MAPPER.readTree(json);
            int version = node == null || !node.isObject() ? 0 : node.path("version").asInt(0);
            if (version == 1) {
                return readVersion1(node, DefaultStyles.forLayer(layer));
            }
            if (version != VERSION) {
                throw new IllegalArgumentException("unknown style version");
            }
            LayerSymbology rules = node.hasNonNull("rules") ? SymbologyJson.read(node.get("rules")) : null;
            return new LayerLook(SymbologyJson.number(node, "opacity"), node.path("labels").asBoolean(true), rules);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UserFacingException("The saved style of layer '" + layer.name() + "' cannot be read ("
                    + e.getMessage() + "); set the layer's style again in the layers panel.", e);
        }
    }

    /** What a version-1 look drew, as rules: the single style it replaced the defaults with, marker, colouring. */
    private static LayerLook readVersion1(JsonNode node, LayerSymbology defaults) {
        LayerSymbology rules = null;
        if (node.path("custom").asBoolean(false)) {
            int stroke = SymbologyJson.colour(node, "stroke");
            int fill = SymbologyJson.colour(node, "fill");
            PointSymbol marker = defaults.defaultStyle().pointSymbol() == PointSymbol.NONE ? PointSymbol.CIRCLE
                    : defaults.defaultStyle().pointSymbol();
            rules = LayerSymbology.single(new LayerStyle(fill,
                    List.of(StrokeSpec.solid(stroke, (float) SymbologyJson.number(node, "strokeWidth"))), marker,
                    SymbologyJson.number(node, "pointSize"), fill, stroke));
        }
        if (node.hasNonNull("symbol")) {
            PointSymbol symbol = symbol(node.get("symbol").asText());
            LayerSymbology base = rules == null ? defaults : rules;
            if (base.defaultStyle().pointSymbol() != PointSymbol.NONE) {
                rules = withMarker(base, symbol);
            }
        }
        if (node.hasNonNull("colourBy") && !node.get("colourBy").asText().isBlank()) {
            LayerSymbology base = rules == null ? defaults : rules;
            // No classes: LayerLook makes one per value from the features, as version 1 did.
            rules = new LayerSymbology(base.defaultStyle(), node.get("colourBy").asText(), List.of(), List.of(), null);
        }
        return new LayerLook(SymbologyJson.number(node, "opacity"), node.path("labels").asBoolean(true), rules);
    }

    private static PointSymbol symbol(String name) {
        for (PointSymbol s : PointSymbol.values()) {
            if (s.name().equals(name) && s != PointSymbol.NONE) {
                return s;
            }
        }
        throw new IllegalArgumentException("'symbol' is not a marker this version knows: " + name);
    }

    private static LayerSymbology withMarker(LayerSymbology rules, PointSymbol marker) {
        java.util.function.UnaryOperator<LayerStyle> change = s -> new LayerStyle(s.fillColor(), s.strokes(), marker,
                s.pointSize(), s.pointFill(), s.pointOutline());
        List<StyleClass> classes = rules.classes().stream().map(c -> c.withStyle(change.apply(c.style()))).toList();
        return new LayerSymbology(change.apply(rules.defaultStyle()), rules.classField(), classes, rules.fillPalette(), null);
    }
}
