package org.geoprospect.render;

/** The marker drawn at a point feature. */
public enum PointSymbol {
    CIRCLE, SQUARE, NONE
}
