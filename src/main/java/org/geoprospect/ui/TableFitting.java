package org.geoprospect.ui;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes a table's columns to what they hold, so that nothing is cut: each column is as wide as its
 * widest cell and at least as wide as the longest word of its title, whose title wraps on words (never
 * inside one); the table scrolls sideways rather than cut a column when it is narrower than their sum.
 * Widths follow the rows whenever they change. FX thread only.
 */
public final class TableFitting {
    /** Room for the cell's padding and the column's border. */
    static final double CELL_PADDING = 18;
    /** The rows measured at most (enough to see the widest value of a few thousand without delaying a refresh). */
    static final int MEASURED_ROWS = 2000;

    private TableFitting() {
    }

    /** A column whose cells show {@code text} of each row, titled by a header that wraps on words. */
    public static <T> TableColumn<T, String> column(String title, Function<T, String> text) {
        TableColumn<T, String> column = new TableColumn<>();
        Label header = new Label(title);
        header.setWrapText(true);
        header.setStyle("-fx-text-alignment: center;");
        header.setMinHeight(Region.USE_PREF_SIZE);
        header.prefWidthProperty().bind(column.widthProperty().subtract(8));
        column.setGraphic(header);
        column.setUserData(text);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setSortable(false);
        return column;
    }

    /** The same column with its cells aligned right (numbers). */
    public static <T> TableColumn<T, String> number(String title, Function<T, String> text) {
        TableColumn<T, String> column = column(title, text);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Fits the table's columns now and whenever its rows change. */
    public static <T> void install(TableView<T> table) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getItems().addListener((ListChangeListener<T>) c -> fit(table));
        fit(table);
    }

    /** Sets each column's width (and minimum) to its content's, as described above. */
    @SuppressWarnings("unchecked")
    public static <T> void fit(TableView<T> table) {
        Font font = Font.getDefault();
        List<T> rows = table.getItems();
        int measured = Math.min(rows.size(), MEASURED_ROWS);
        for (TableColumn<T, ?> column : table.getColumns()) {
            double width = headerWordWidth(column, font);
            if (column.getUserData() instanceof Function<?, ?> function) {
                Function<T, String> text = (Function<T, String>) function;
                for (int i = 0; i < measured; i++) {
                    width = Math.max(width, textWidth(text.apply(rows.get(i)), font));
                }
            }
            double fitted = Math.ceil(width + CELL_PADDING);
            column.setMinWidth(fitted);
            column.setPrefWidth(fitted);
        }
    }

    /** The width of the title's longest word: the title may wrap between words, never inside one. */
    static double headerWordWidth(TableColumn<?, ?> column, Font font) {
        String title = column.getGraphic() instanceof Label label ? label.getText() : column.getText();
        // Column titles may be drawn bold by the theme: measure them so, to be sure a word fits.
        font = Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize());
        double widest = 0;
        if (title != null) {
            for (String word : title.split("\\s+")) {
                widest = Math.max(widest, textWidth(word, font));
            }
        }
        return widest;
    }

    /** The width of a text's longest word in the default font (0 for null): what a word-wrapping label needs at least. */
    public static double longestWordWidth(String text) {
        double widest = 0;
        if (text != null) {
            for (String word : text.split("\\s+")) {
                widest = Math.max(widest, textWidth(word, Font.getDefault()));
            }
        }
        return Math.ceil(widest) + 2;
    }

    static double textWidth(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
