package org.geoprospect.analysis.definition;

import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.selection.ShapeSpec;

/**
 * What a saved target is: its shapes (WGS84, by code for competitors, sectors and communes), the
 * criteria, the model parameters, and the map selection it is limited to. It holds no result, so
 * re-running it on updated data gives the current households. Stored as JSON by
 * {@link TargetDefinitionJson}. Immutable.
 *
 * <p>The target is {@code shapes ∧ criteria ∧ selection}: the shapes and the selection are two ordered
 * lists, each combined on its own (add / subtract / intersect, see {@code GeometrySelector}), so that
 * "within 10 km of K1" from the criteria and "these two rectangles minus that sector" drawn on the map
 * keep their meaning together.
 *
 * @param schemaVersion the JSON layout's version: 1 without a selection (readable by earlier versions),
 *                      2 with one
 * @param shapes        the criteria's shapes, in order (empty: the whole territory)
 * @param criteria      the criteria (never null; {@link Criteria#NONE} for none)
 * @param huff          the Huff parameters for the escaping criterion (never null)
 * @param selection     the map selection the target is limited to, in the order it was drawn (empty: none)
 */
public record TargetDefinition(int schemaVersion, List<ShapeSpec> shapes, Criteria criteria, HuffParameters huff,
        List<ShapeSpec> selection) {
    /** The newest version this code reads and writes. */
    public static final int SCHEMA_VERSION = 2;
    /** The version that introduced {@link #selection()}. */
    static final int SELECTION_VERSION = 2;

    public TargetDefinition {
        shapes = shapes == null ? List.of() : List.copyOf(shapes);
        criteria = criteria == null ? Criteria.NONE : criteria;
        huff = huff == null ? HuffParameters.DEFAULT : huff;
        selection = selection == null ? List.of() : List.copyOf(selection);
    }

    /** A definition without a map selection (schema version 1). */
    public static TargetDefinition of(List<ShapeSpec> shapes, Criteria criteria, HuffParameters huff) {
        return of(shapes, criteria, huff, List.of());
    }

    /** A definition limited to a map selection; the lowest schema version that holds it. */
    public static TargetDefinition of(List<ShapeSpec> shapes, Criteria criteria, HuffParameters huff, List<ShapeSpec> selection) {
        boolean selected = selection != null && !selection.isEmpty();
        return new TargetDefinition(selected ? SELECTION_VERSION : 1, shapes, Objects.requireNonNull(criteria, "criteria"),
                huff, selection);
    }

    /** The same target without its map selection. */
    public TargetDefinition withoutSelection() {
        return of(shapes, criteria, huff);
    }

    /** The same target limited to another map selection (empty: none). */
    public TargetDefinition withSelection(List<ShapeSpec> newSelection) {
        return of(shapes, criteria, huff, newSelection);
    }
}
