package org.geoprospect.ui.target;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Small builders for the panels' forms: a two-column grid of label + field, text fields, check boxes
 * and combo boxes bound both ways to a ViewModel's properties, and check-box groups for
 * {@link Choice} lists. Each control gets an id for tests. FX thread only.
 */
final class FormRows {
    private final GridPane grid = new GridPane();
    private int row;

    FormRows() {
        grid.setHgap(8);
        grid.setVgap(6);
    }

    /** A label and a control on one row. */
    FormRows add(String label, Node field) {
        Label text = new Label(label);
        text.setWrapText(true);
        text.setMinWidth(140);
        text.setMaxWidth(170);
        grid.add(text, 0, row);
        grid.add(field, 1, row++);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return this;
    }

    /** A control across both columns. */
    FormRows wide(Node field) {
        grid.add(field, 0, row++, 2, 1);
        return this;
    }

    GridPane grid() {
        return grid;
    }

    static TextField text(String id, StringProperty property, String prompt, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setPrefColumnCount(6);
        field.setMaxWidth(width);
        return field;
    }

    static CheckBox check(String id, String text, BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        box.setWrapText(true);
        return box;
    }

    static <T> ComboBox<T> combo(String id, ObservableList<T> items, ObjectProperty<T> value) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.valueProperty().bindBidirectional(value);
        combo.setMaxWidth(Double.MAX_VALUE);
        return combo;
    }

    /** A flow of check boxes, one per choice, rebuilt when the list changes (bands arrive with the data). */
    static FlowPane checks(String idPrefix, ObservableList<Choice> choices) {
        FlowPane flow = new FlowPane(10, 4);
        Runnable fill = () -> flow.getChildren().setAll(choices.stream().map(c -> (Node) check(idPrefix + c.code(),
                c.label(), c.selectedProperty())).toList());
        fill.run();
        choices.addListener((ListChangeListener<Choice>) change -> fill.run());
        return flow;
    }

    static TitledPane section(String id, String title, boolean expanded, Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setId(id);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        return pane;
    }

    static List<Node> nodes(Node... nodes) {
        return List.of(nodes);
    }
}
