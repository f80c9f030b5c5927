package org.geoprospect.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.geoprospect.render.LayerLook;

/**
 * The JSON kept in a layer's {@code style_json}: version 1 holds the layers panel's {@link LayerLook},
 * colours as {@code "#AARRGGBB"}; the marker ({@code "symbol"}) and the colouring field
 * ({@code "colourBy"}) are optional, so styles saved before they existed still read. Stateless and
 * thread-safe.
 */
final class LayerLookJson {
    static final int VERSION = 1;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LayerLookJson() {
    }

    static String write(LayerLook look) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("version", VERSION);
        node.put("custom", look.custom());
        node.put("stroke", hex(look.strokeColor()));
        node.put("strokeWidth", look.strokeWidth());
        node.put("fill", hex(look.fillColor()));
        node.put("pointSize", look.pointSize());
        node.put("opacity", look.opacity());
        node.put("labels", look.labels());
        if (look.symbol() != null) {
            node.put("symbol", look.symbol().name());
        }
        if (look.colourBy() != null) {
            node.put("colourBy", look.colourBy());
        }
        return node.toString();
    }

    /**
     * The look saved for a layer.
     *
     * @throws UserFacingException naming the layer when the text is not a style this version wrote
     */
    static LayerLook read(String json, String layerName) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || !node.isObject() || node.path("version").asInt(0) != VERSION) {
                throw new IllegalArgumentException("unknown style version");
            }
            return new LayerLook(node.path("custom").asBoolean(false), color(node, "stroke"),
                    (float) number(node, "strokeWidth"), color(node, "fill"), number(node, "pointSize"),
                    number(node, "opacity"), node.path("labels").asBoolean(true), symbol(node),
                    node.hasNonNull("colourBy") ? node.get("colourBy").asText() : null);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UserFacingException("The saved style of layer '" + layerName + "' cannot be read ("
                    + e.getMessage() + "); set the layer's style again in the layers panel.", e);
        }
    }

    private static org.geoprospect.render.PointSymbol symbol(JsonNode node) {
        if (!node.hasNonNull("symbol")) {
            return null;
        }
        String name = node.get("symbol").asText();
        for (org.geoprospect.render.PointSymbol s : org.geoprospect.render.PointSymbol.values()) {
            if (s.name().equals(name) && s != org.geoprospect.render.PointSymbol.NONE) {
                return s;
            }
        }
        throw new IllegalArgumentException("'symbol' is not a marker this version knows: " + name);
    }

    private static double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("'" + field + "' is not a number");
        }
        return value.asDouble();
    }

    private static int color(JsonNode node, String field) {
        String text = node.path(field).asText("");
        if (!text.matches("#[0-9A-Fa-f]{8}")) {
            throw new IllegalArgumentException("'" + field + "' is not a colour #AARRGGBB");
        }
        return (int) Long.parseLong(text.substring(1), 16);
    }

    private static String hex(int argb) {
        return String.format(Locale.ROOT, "#%08X", argb);
    }
}
