package org.geoprospect.model;

import java.util.Objects;

/**
 * A competitor's outlet, drawn as a red square on the map.
 *
 * @param attractiveness the Huff model's attractiveness (e.g. floor area), &gt; 0
 */
public record Competitor(String code, String name, String brand, double lon, double lat, double x, double y,
                         double attractiveness) {
    public Competitor {
        Objects.requireNonNull(code, "code");
    }
}
