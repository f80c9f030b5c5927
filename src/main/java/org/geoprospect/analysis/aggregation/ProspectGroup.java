package org.geoprospect.analysis.aggregation;

/**
 * A group of households counted together (one cell of the aggregation grid) that is large enough
 * to be shown.
 *
 * @param cellX   column of the cell in the world grid (floor(x / cellSize))
 * @param cellY   row of the cell in the world grid (floor(y / cellSize))
 * @param x       world x of the households' centroid
 * @param y       world y of the households' centroid
 * @param count   households counted in the cell (≥ {@link DotSize#MINIMUM_GROUP})
 */
public record ProspectGroup(long cellX, long cellY, double x, double y, int count) {
}
