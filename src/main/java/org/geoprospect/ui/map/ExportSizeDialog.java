package org.geoprospect.ui.map;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.geoprospect.ui.Messages;

/** File ▸ Export map as PNG: asks the image's width × height (16 to 20,000 px, as {@code render} accepts). */
public final class ExportSizeDialog {
    /** Bounds of each side in pixels. */
    public static final int MIN = 16;
    public static final int MAX = 20_000;

    private ExportSizeDialog() {
    }

    /** The chosen size {width, height}, or empty when cancelled; starts at the given size. */
    public static Optional<int[]> ask(Window owner, Messages messages, int width, int height) {
        Spinner<Integer> w = new Spinner<>(MIN, MAX, Math.max(MIN, Math.min(MAX, width)), 100);
        Spinner<Integer> h = new Spinner<>(MIN, MAX, Math.max(MIN, Math.min(MAX, height)), 100);
        w.setEditable(true);
        h.setEditable(true);
        w.setId("exportWidth");
        h.setId("exportHeight");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(messages.get("export.size.width")), w);
        grid.addRow(1, new Label(messages.get("export.size.height")), h);
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("export.size.title"));
        dialog.setHeaderText(messages.get("export.size.header"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(new int[] {w.getValue(), h.getValue()});
    }
}
