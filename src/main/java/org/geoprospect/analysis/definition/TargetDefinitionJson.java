package org.geoprospect.analysis.definition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and writes {@link TargetDefinition} as JSON (Jackson). Fields left empty are omitted. A reader
 * refuses a definition written by a newer version (a higher {@code schemaVersion}) rather than
 * silently dropping what it does not know; unknown fields of the same version are an error too.
 * Thread-safe.
 */
public final class TargetDefinitionJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TargetDefinitionJson() {
    }

    /** The definition as JSON text. */
    public static String write(TargetDefinition definition) {
        try {
            return MAPPER.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the target definition as JSON", e);
        }
    }

    /**
     * The definition in the JSON text.
     *
     * @param name the target's name, for the error sentence
     * @throws IllegalArgumentException with one sentence when the JSON is malformed or from a newer version
     */
    public static TargetDefinition read(String json, String name) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            int version = tree.path("schemaVersion").asInt(-1);
            if (version < 1 || version > TargetDefinition.SCHEMA_VERSION) {
                throw new IllegalArgumentException("The saved target '" + name + "' has schema version " + version
                        + ", which this version of GeoProspect (up to " + TargetDefinition.SCHEMA_VERSION
                        + ") cannot read; open it with a newer GeoProspect.");
            }
            return MAPPER.treeToValue(tree, TargetDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The saved target '" + name + "' is not readable ("
                    + e.getOriginalMessage() + "); save it again.", e);
        }
    }
}
