package org.geoprospect.render;

import java.util.Objects;
import org.geoprospect.render.labels.LabelPlacement;

/**
 * What a render drew, for tests, logs and timing.
 *
 * @param featuresDrawn features that passed the view filter and were drawn
 * @param labels        where the labels went (placed, dropped, and the markers they avoided); never null
 */
public record RenderResult(int featuresDrawn, LabelPlacement labels) {
    public RenderResult {
        Objects.requireNonNull(labels, "labels");
    }

    /** Labels that found room. */
    public int labelsDrawn() {
        return labels.size();
    }
}
