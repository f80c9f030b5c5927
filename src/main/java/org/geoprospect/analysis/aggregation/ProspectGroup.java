package org.geoprospect.analysis.aggregation;

/**
 * A group of households counted together that is large enough to be shown: one cell of the aggregation
 * grid, or a square block of 2 × 2 or 4 × 4 cells merged where the cells' dots would not fit side by side
 * (see {@link ProspectDots}).
 *
 * @param cellX   column in the world grid (floor(x / cellSize)) of the group's south-west cell
 * @param cellY   row of that cell (floor(y / cellSize))
 * @param span    the group's side in cells: 1, 2 or 4
 * @param x       world x of the households' centroid
 * @param y       world y of the households' centroid
 * @param count   households counted in the group (≥ {@link DotSize#MINIMUM_GROUP})
 */
public record ProspectGroup(long cellX, long cellY, int span, double x, double y, int count) {
}
