package org.geoprospect.render;

import java.util.List;
import java.util.Objects;

/**
 * One pass of a line drawing: a colour, a width in pixels and an optional dash pattern. Several
 * passes make casings (a wide dark line under a narrow bright one) and railway dashes.
 *
 * @param color ARGB colour (straight alpha)
 * @param width line width in pixels, positive
 * @param dash  dash and gap lengths in pixels, empty for a solid line; never null
 */
public record StrokeSpec(int color, float width, List<Float> dash) {
    public StrokeSpec {
        if (!(width > 0)) {
            throw new IllegalArgumentException("A stroke width must be positive, got " + width + ".");
        }
        dash = List.copyOf(Objects.requireNonNull(dash, "dash"));
    }

    /** A solid line. */
    public static StrokeSpec solid(int color, float width) {
        return new StrokeSpec(color, width, List.of());
    }

    /** A dashed line: dash, gap (pixels). */
    public static StrokeSpec dashed(int color, float width, float dashLength, float gapLength) {
        return new StrokeSpec(color, width, List.of(dashLength, gapLength));
    }

    float[] dashArray() {
        if (dash.isEmpty()) {
            return null;
        }
        float[] array = new float[dash.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = dash.get(i);
        }
        return array;
    }
}
