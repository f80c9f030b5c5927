package org.geoprospect.render.labels;

/**
 * Where on screen a polygon's label may go (e.g. "inside the sector"): the placer asks it about each
 * candidate box that is otherwise free. Implementations must be deterministic; one placer calls them from
 * one thread.
 */
@FunctionalInterface
public interface ScreenRegion {
    /** Whether a label may occupy {@code box}. */
    boolean accepts(ScreenBox box);
}
