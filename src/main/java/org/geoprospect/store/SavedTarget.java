package org.geoprospect.store;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A saved target as stored: its name, its definition as JSON text (the store does not read it; see
 * {@code analysis.definition.TargetDefinitionJson}) and when it was created and last saved.
 */
public record SavedTarget(String name, String definitionJson, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    public SavedTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definitionJson, "definitionJson");
    }
}
