package org.geoprospect.service;

import java.time.OffsetDateTime;
import org.geoprospect.analysis.definition.TargetDefinition;

/** A saved target as listed or shown: name, definition and when it was created and last saved. */
public record SavedTargetInfo(String name, TargetDefinition definition, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
