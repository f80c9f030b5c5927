package org.geoprospect.render.points;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleFunction;

/**
 * One marker design and the stamps rasterised from it, one per device scale asked for
 * ({@link org.geoprospect.render.Viewport#deviceScale()}): the design gives the stamp of a scale (its sizes in
 * reference pixels times the scale); the stamp of scale 1, the screen's, is made at once, others when first
 * asked and then kept (a print asks for one or two scales). Thread-safe.
 */
final class ScaledStamp {
    private final DoubleFunction<Stamp> design;
    private final Stamp atOne;
    private final Map<Double, Stamp> others = new ConcurrentHashMap<>();

    /** @param design the stamp of a device scale; called once per scale */
    ScaledStamp(DoubleFunction<Stamp> design) {
        this.design = design;
        this.atOne = design.apply(1);
    }

    /** The stamp for a device scale (1 on screen). */
    Stamp at(double scale) {
        return scale == 1 ? atOne : others.computeIfAbsent(scale, design::apply);
    }
}
