package org.geoprospect.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a vector layer: a geometry and its attributes, in field order.
 *
 * <p>Attribute values are {@code String}, {@code Long}, {@code Double}, {@code Boolean},
 * {@code java.time.LocalDate} or {@code null}. The attribute map is an unmodifiable copy.
 *
 * @param id       the feature's identifier, unique within its layer (1-based record number on import)
 * @param geometry the geometry in the CRS of its layer; never null
 */
public record VectorFeature(long id, Geometry geometry, Map<String, Object> attributes) {
    public VectorFeature {
        Objects.requireNonNull(geometry, "geometry");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Returns the attribute as text, or {@code null} when it is absent or null. */
    public String text(String field) {
        Object value = attributes.get(field);
        return value == null ? null : value.toString();
    }
}
