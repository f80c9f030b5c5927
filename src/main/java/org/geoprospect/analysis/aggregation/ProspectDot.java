package org.geoprospect.analysis.aggregation;

/**
 * One dot of the prospect potential map.
 *
 * @param x          world x (project CRS) of the dot's centre
 * @param y          world y of the dot's centre
 * @param size       what the dot stands for (10, 25 or 50 prospects)
 * @param groupCount the households of the dot's group (always ≥ 10), for a tooltip or the legend
 */
public record ProspectDot(double x, double y, DotSize size, int groupCount) {
}
