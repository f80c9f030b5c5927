package org.geoprospect.ui.map;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The selection tools' letters — R rectangle, P polygon, L lasso, C radius, S sector, K commune — and
 * Esc, wherever the focus is in the window, except while the user types in a text field (or an editable
 * combo box or spinner), where the letters are text. Installed as a handler of the scene's key presses,
 * so a control that uses a key itself (Esc closing an open drop-down list) keeps it. FX thread only.
 */
public final class ToolShortcuts {
    private ToolShortcuts() {
    }

    /** Listens to the scene's key presses for the tools' letters. */
    public static void install(Scene scene, SelectionToolsViewModel tools) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown() || e.isMetaDown() || typing(scene.getFocusOwner())) {
                return;
            }
            if (apply(tools, e.getCode())) {
                e.consume();
            }
        });
    }

    /**
     * Takes up the tool of a letter, or — for Esc — drops the shape being drawn, then puts the tool down.
     *
     * @return whether the key was one of the tools'
     */
    static boolean apply(SelectionToolsViewModel tools, KeyCode code) {
        if (code == KeyCode.ESCAPE) {
            if (tools.toolProperty().get() == SelectionTool.NONE && tools.sketch().isEmpty()) {
                return false;
            }
            tools.escape();
            return true;
        }
        SelectionTool chosen = switch (code) {
            case R -> SelectionTool.RECTANGLE;
            case P -> SelectionTool.POLYGON;
            case L -> SelectionTool.LASSO;
            case C -> SelectionTool.RADIUS;
            case S -> SelectionTool.SECTOR;
            case K -> SelectionTool.COMMUNE;
            default -> null;
        };
        if (chosen == null) {
            return false;
        }
        tools.toolProperty().set(chosen);
        return true;
    }

    /** Whether the focused control takes letters as text. */
    static boolean typing(Node focused) {
        if (focused instanceof TextInputControl text) {
            return text.isEditable();
        }
        if (focused instanceof ComboBoxBase<?> combo) {
            return combo.isEditable();
        }
        return focused instanceof Spinner<?> spinner && spinner.isEditable();
    }
}
