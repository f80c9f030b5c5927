package org.geoprospect.analysis.definition;

import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.selection.ShapeSpec;

/**
 * What a saved target is: the map selection's shapes (WGS84, by code for competitors, sectors and
 * communes), the criteria and the model parameters. It holds no result, so re-running it on updated
 * data gives the current households. Stored as JSON by {@link TargetDefinitionJson}. Immutable.
 *
 * @param schemaVersion the JSON layout's version ({@link #SCHEMA_VERSION} when written by this version)
 * @param shapes        the selection, in order (empty: the whole territory)
 * @param criteria      the criteria (never null; {@link Criteria#NONE} for none)
 * @param huff          the Huff parameters for the escaping criterion (never null)
 */
public record TargetDefinition(int schemaVersion, List<ShapeSpec> shapes, Criteria criteria, HuffParameters huff) {
    /** The version written by this code. */
    public static final int SCHEMA_VERSION = 1;

    public TargetDefinition {
        shapes = shapes == null ? List.of() : List.copyOf(shapes);
        criteria = criteria == null ? Criteria.NONE : criteria;
        huff = huff == null ? HuffParameters.DEFAULT : huff;
    }

    /** A definition at the current schema version. */
    public static TargetDefinition of(List<ShapeSpec> shapes, Criteria criteria, HuffParameters huff) {
        return new TargetDefinition(SCHEMA_VERSION, shapes, Objects.requireNonNull(criteria, "criteria"), huff);
    }
}
