package org.geoprospect.render;

import java.util.Objects;

/**
 * The style of the features whose class attribute equals {@code value}.
 *
 * @param value       attribute value matched exactly (as text); never null
 * @param legendLabel the text shown in the legend; never null
 * @param style       the style; never null
 */
public record StyleClass(String value, String legendLabel, LayerStyle style) {
    public StyleClass {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(legendLabel, "legendLabel");
        Objects.requireNonNull(style, "style");
    }
}
