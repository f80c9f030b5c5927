package org.geoprospect.render;

/**
 * What a render drew, for tests, logs and timing.
 *
 * @param featuresDrawn features that passed the view filter and were drawn
 * @param labelsDrawn   labels that found room
 */
public record RenderResult(int featuresDrawn, int labelsDrawn) {
}
