package org.geoprospect.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.geoprospect.render.LayerStyle;
import org.geoprospect.render.LayerSymbology;
import org.geoprospect.render.PointSymbol;
import org.geoprospect.render.StrokeSpec;
import org.geoprospect.render.StyleClass;

/**
 * Edited drawing rules ({@link LayerSymbology} without its label rule) as the JSON object {@code "rules"}
 * of a saved look: {@code field}, {@code style}, {@code classes} (value, label, style and, for graduated
 * classes, {@code lower} and {@code upper}) and {@code palette}; a style holds {@code fill},
 * {@code strokes} (colour, width, dash), {@code marker}, {@code size}, {@code markerFill} and
 * {@code markerOutline}; colours as {@code "#AARRGGBB"}. Stateless and thread-safe.
 */
final class SymbologyJson {
    private SymbologyJson() {
    }

    static ObjectNode write(ObjectMapper mapper, LayerSymbology rules) {
        ObjectNode node = mapper.createObjectNode();
        if (rules.classField() != null) {
            node.put("field", rules.classField());
        }
        node.set("style", style(mapper, rules.defaultStyle()));
        ArrayNode classes = node.putArray("classes");
        for (StyleClass c : rules.classes()) {
            ObjectNode item = classes.addObject();
            item.put("value", c.value());
            item.put("label", c.legendLabel());
            if (c.graduated()) {
                item.put("lower", c.lower());
                item.put("upper", c.upper());
            }
            item.set("style", style(mapper, c.style()));
        }
        ArrayNode palette = node.putArray("palette");
        rules.fillPalette().forEach(colour -> palette.add(hex(colour)));
        return node;
    }

    /** @throws IllegalArgumentException naming what is wrong */
    static LayerSymbology read(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("'rules' is not an object");
        }
        String field = node.hasNonNull("field") ? node.get("field").asText() : null;
        List<StyleClass> classes = new ArrayList<>();
        for (JsonNode item : array(node, "classes")) {
            String value = text(item, "value");
            LayerStyle style = style(item.path("style"));
            classes.add(item.has("lower") || item.has("upper")
                    ? new StyleClass(value, text(item, "label"), style, number(item, "lower"), number(item, "upper"))
                    : new StyleClass(value, text(item, "label"), style));
        }
        List<Integer> palette = new ArrayList<>();
        for (JsonNode colour : array(node, "palette")) {
            palette.add(colour(colour.asText(""), "palette"));
        }
        return new LayerSymbology(style(node.path("style")), field, classes, palette, null);
    }

    private static ObjectNode style(ObjectMapper mapper, LayerStyle style) {
        ObjectNode node = mapper.createObjectNode();
        node.put("fill", hex(style.fillColor()));
        ArrayNode strokes = node.putArray("strokes");
        for (StrokeSpec s : style.strokes()) {
            ObjectNode stroke = strokes.addObject();
            stroke.put("color", hex(s.color()));
            stroke.put("width", s.width());
            ArrayNode dash = stroke.putArray("dash");
            s.dash().forEach(dash::add);
        }
        node.put("marker", style.pointSymbol().name());
        node.put("size", style.pointSize());
        node.put("markerFill", hex(style.pointFill()));
        node.put("markerOutline", hex(style.pointOutline()));
        return node;
    }

    private static LayerStyle style(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("a 'style' is missing");
        }
        List<StrokeSpec> strokes = new ArrayList<>();
        for (JsonNode stroke : array(node, "strokes")) {
            List<Float> dash = new ArrayList<>();
            for (JsonNode d : array(stroke, "dash")) {
                if (!d.isNumber() || !(d.floatValue() > 0)) {
                    throw new IllegalArgumentException("a dash length is not a positive number");
                }
                dash.add(d.floatValue());
            }
            number(stroke, "width");
            // Read as a float, as written: no detour through a double that could round to another float.
            strokes.add(new StrokeSpec(colour(stroke, "color"), stroke.get("width").floatValue(), dash));
        }
        return new LayerStyle(colour(node, "fill"), strokes, marker(text(node, "marker")), number(node, "size"),
                colour(node, "markerFill"), colour(node, "markerOutline"));
    }

    private static PointSymbol marker(String name) {
        for (PointSymbol s : PointSymbol.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("'marker' is not a marker this version knows: " + name);
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' is not a list");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("'" + field + "' is not a text");
        }
        return value.asText();
    }

    static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' is not a number");
        }
        return value.asDouble();
    }

    static int colour(JsonNode node, String field) {
        return colour(node.path(field).asText(""), field);
    }

    private static int colour(String text, String field) {
        if (!text.matches("#[0-9A-Fa-f]{8}")) {
            throw new IllegalArgumentException("'" + field + "' is not a colour #AARRGGBB");
        }
        return (int) Long.parseLong(text.substring(1), 16);
    }

    static String hex(int argb) {
        return String.format(Locale.ROOT, "#%08X", argb);
    }
}
