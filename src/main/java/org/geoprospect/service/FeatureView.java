package org.geoprospect.service;

import java.util.Map;

/**
 * One feature as {@code features} shows it: its attributes and a WGS84 position (the point itself,
 * or the centroid of a line or polygon).
 */
public record FeatureView(long id, double lon, double lat, Map<String, Object> attributes) {
}
