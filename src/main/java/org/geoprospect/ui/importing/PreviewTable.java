package org.geoprospect.ui.importing;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A read-only table of text rows under given headers, for the import previews. */
final class PreviewTable {
    private PreviewTable() {
    }

    /** An empty table showing {@code placeholder} until {@link #fill} is called. */
    static TableView<List<String>> create(String id, String placeholder) {
        TableView<List<String>> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label(placeholder));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(220);
        return table;
    }

    /** Shows these rows under these headers (rows shorter than the headers show empty cells). */
    static void fill(TableView<List<String>> table, List<String> headers, List<List<String>> rows) {
        table.getColumns().clear();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(headers.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    index < cell.getValue().size() ? cell.getValue().get(index) : ""));
            column.setSortable(false);
            column.setPrefWidth(width(headers.get(i), rows, i));
            table.getColumns().add(column);
        }
        table.setItems(FXCollections.observableArrayList(rows));
    }

    /** Wide enough for the header (in bold) and the longest cell shown, within reason. */
    private static double width(String header, List<List<String>> rows, int index) {
        int chars = header.length() + 2;
        for (List<String> row : rows) {
            if (index < row.size()) {
                chars = Math.max(chars, row.get(index).length());
            }
        }
        return Math.max(60, Math.min(320, 7.5 * chars + 22));
    }
}
