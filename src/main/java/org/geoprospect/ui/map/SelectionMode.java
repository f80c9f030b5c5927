package org.geoprospect.ui.map;

/**
 * How a new shape combines with the current selection: replace it (plain drag), add to it (Shift),
 * subtract from it (Ctrl), or keep the intersection (Shift+Ctrl); the toolbar's toggle sets a mode for
 * drags without modifier keys.
 */
public enum SelectionMode {
    REPLACE, ADD, SUBTRACT, INTERSECT;

    /** The mode of a gesture: modifier keys win over the toolbar's choice. */
    public static SelectionMode of(boolean shift, boolean ctrl, SelectionMode toolbarChoice) {
        if (shift && ctrl) {
            return INTERSECT;
        }
        if (shift) {
            return ADD;
        }
        if (ctrl) {
            return SUBTRACT;
        }
        return toolbarChoice;
    }
}
