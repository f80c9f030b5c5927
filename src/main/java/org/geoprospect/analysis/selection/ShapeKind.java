package org.geoprospect.analysis.selection;

/** The selection tools' shapes, as saved in a target definition. */
public enum ShapeKind {
    /** A polygon (or lasso), WKT in WGS84 longitude/latitude. */
    POLYGON,
    /** A rectangle given by WGS84 bounds; it is the projected quadrilateral of its densified edges. */
    RECTANGLE,
    /** A disc of {@code radiusKm} around a WGS84 point. */
    CIRCLE,
    /** A disc of {@code radiusKm} around a competitor, by code (follows the competitor if it moves). */
    COMPETITOR_RADIUS,
    /** A commercial sector, by code (its polygon as it is when the target runs). */
    SECTOR,
    /** A commune, by INSEE code: the households recorded in it. */
    COMMUNE
}
