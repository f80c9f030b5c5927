package org.geoprospect.analysis.selection;

/** How a shape combines with the selection built so far (the map's add / subtract / intersect). */
public enum SelectionOp {
    ADD, SUBTRACT, INTERSECT
}
