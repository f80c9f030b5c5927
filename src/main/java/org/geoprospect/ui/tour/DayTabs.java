package org.geoprospect.ui.tour;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.scene.layout.StackPane;
import org.geoprospect.tour.TourMapOverlay;
import org.geoprospect.ui.Messages;

/**
 * One tab per day of the tour, each a list of its stops (number in the day's colour, estimated
 * arrival, code, commune). Rows are reordered by drag and drop, within a day or onto another day
 * (hovering a tab's title during the drag opens that day; dropping on the title puts the stop at the
 * day's end); the Delete key removes the selected stop. Selecting a tab highlights that day on the
 * map. Rebuilt whenever the plan changes, keeping the tab and the stop that were selected. FX thread.
 */
final class DayTabs extends TabPane {
    private static final DataFormat STOP = new DataFormat("application/x-geoprospect-tour-stop");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private final TourPlanViewModel model;
    private final Messages messages;
    private String selectedCode;

    DayTabs(TourPlanViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("tourDays");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinHeight(160);
        model.planProperty().addListener((o, a, plan) -> rebuild(plan));
        getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> model.highlightedDayProperty().set(
                getTabs().size() > 1 ? i.intValue() : -1));
        rebuild(model.planProperty().get());
    }

    /** The selected stop, or null. */
    StopRow selectedRow() {
        Tab tab = getSelectionModel().getSelectedItem();
        if (tab == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        ListView<StopRow> list = (ListView<StopRow>) tab.getContent();
        return list.getSelectionModel().getSelectedItem();
    }

    /** After an edit the stop with this code is selected again (wherever it went). */
    void keepSelected(String code) {
        this.selectedCode = code;
    }

    private void rebuild(TourPlan plan) {
        int selectedDay = getSelectionModel().getSelectedIndex();
        String code = selectedCode;
        List<Tab> tabs = new ArrayList<>();
        int dayOfCode = -1;
        if (plan != null) {
            for (int d = 0; d < plan.days().size(); d++) {
                List<StopRow> rows = StopRow.ofDay(plan, d);
                if (code != null && rows.stream().anyMatch(r -> r.code().equals(code))) {
                    dayOfCode = d;
                }
                tabs.add(dayTab(plan, d, rows));
            }
        }
        getTabs().setAll(tabs);
        int day = dayOfCode >= 0 ? dayOfCode : Math.min(Math.max(selectedDay, 0), tabs.size() - 1);
        if (day >= 0) {
            getSelectionModel().select(day);
            @SuppressWarnings("unchecked")
            ListView<StopRow> list = (ListView<StopRow>) tabs.get(day).getContent();
            list.getItems().stream().filter(r -> r.code().equals(code)).findFirst().ifPresent(r -> {
                list.getSelectionModel().select(r);
                list.scrollTo(r);
            });
        }
        model.highlightedDayProperty().set(tabs.size() > 1 ? getSelectionModel().getSelectedIndex() : -1);
    }

    private Tab dayTab(TourPlan plan, int day, List<StopRow> rows) {
        ListView<StopRow> list = new ListView<>();
        list.setId("tourDay" + (day + 1));
        list.getItems().setAll(rows);
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(v -> new StopCell(TourMapOverlay.dayColour(day + 1)));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                selectedCode = row.code();
            }
        });
        list.setOnKeyPressed(e -> {
            StopRow row = list.getSelectionModel().getSelectedItem();
            if (row != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                model.remove(row.day(), row.index());
                e.consume();
            }
        });
        // Dropped below the last row: the stop goes to the day's end.
        list.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(STOP)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
        list.setOnDragDropped(e -> {
            e.setDropCompleted(drop(e.getDragboard(), day, rows.size()));
            e.consume();
        });
        Label title = new Label(messages.get("tour.dayTab", day + 1, rows.size(),
                plan.schedules().get(day).returnTime().format(HH_MM)));
        title.setId("tourDayTab" + (day + 1));
        if (plan.isLate(day)) {
            title.setText(title.getText() + " ⚠");
            title.setTooltip(new javafx.scene.control.Tooltip(messages.get("tour.late", plan.rules().dayEnd().format(HH_MM))));
            title.setTextFill(Color.web("#b00020"));
        }
        Tab tab = new Tab();
        tab.setGraphic(title);
        tab.setContent(list);
        title.setOnDragOver(e -> {
            if (e.getDragboard().hasContent(STOP)) {
                getSelectionModel().select(tab);
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
        title.setOnDragDropped(e -> {
            e.setDropCompleted(drop(e.getDragboard(), day, rows.size()));
            e.consume();
        });
        return tab;
    }

    /** Moves the dragged stop ("day:index") to that place; false when the drag carried no stop. */
    private boolean drop(Dragboard board, int toDay, int toIndex) {
        if (!board.hasContent(STOP)) {
            return false;
        }
        String[] from = ((String) board.getContent(STOP)).split(":");
        int fromDay = Integer.parseInt(from[0]);
        int fromIndex = Integer.parseInt(from[1]);
        TourPlan plan = model.planProperty().get();
        if (plan == null || fromDay >= plan.days().size() || fromIndex >= plan.days().get(fromDay).size()) {
            return false;
        }
        // Within a day, a row dropped below its own place lands one higher once it has left.
        int index = fromDay == toDay && toIndex > fromIndex ? toIndex - 1 : toIndex;
        keepSelected(plan.days().get(fromDay).get(fromIndex).code());
        model.move(fromDay, fromIndex, toDay, index);
        return true;
    }

    /** A row: number in a disc of the day's colour, arrival, code, commune; a drag source and target. */
    private final class StopCell extends ListCell<StopRow> {
        private final int rgb;

        StopCell(int rgb) {
            this.rgb = rgb;
            setOnDragDetected(e -> {
                if (getItem() == null) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(STOP, getItem().day() + ":" + getItem().index());
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getDragboard().hasContent(STOP)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    e.consume();
                }
            });
            setOnDragDropped(e -> {
                StopRow row = getItem();
                if (row == null) {
                    return; // an empty cell below the rows: the list takes it (day's end)
                }
                boolean lowerHalf = e.getY() > getHeight() / 2;
                e.setDropCompleted(drop(e.getDragboard(), row.day(), row.index() + (lowerHalf ? 1 : 0)));
                e.consume();
            });
        }

        @Override
        protected void updateItem(StopRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Circle disc = new Circle(11, Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
            Text number = new Text(Integer.toString(row.number()));
            number.setFill(Color.WHITE);
            number.setStyle("-fx-font-weight: bold; -fx-font-size: 11px;");
            StackPane badge = new StackPane(disc, number);
            badge.setMinWidth(24);
            Label arrival = new Label(row.arrival().format(HH_MM));
            arrival.setMinWidth(44);
            arrival.setStyle("-fx-font-family: monospace;");
            Label code = new Label(row.code() + (row.kind() == org.geoprospect.tour.TourStop.Kind.CLIENT
                    ? " · " + messages.get("tour.client") : ""));
            code.setMinWidth(110);
            Label commune = new Label(row.commune());
            commune.setStyle("-fx-text-fill: #555555;");
            HBox.setHgrow(commune, Priority.ALWAYS);
            HBox line = new HBox(8, badge, arrival, code, commune);
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
            setGraphic(line);
        }
    }
}
