package org.geoprospect.ui.map;

import java.io.File;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.geoprospect.io.layout.LayoutFiles;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.layout.PageFormat;
import org.geoprospect.ui.Messages;

/**
 * File ▸ Export map (Ctrl+E): format, page, resolution or size, title, date, credits, legend and file on
 * the left, a preview of the page on the right (redrawn 400 ms after the last change), Export and Close
 * below. The View of {@link MapExportModel}: it binds and forwards, nothing more. Closes itself when the
 * export is written.
 */
public final class MapExportDialog {
    private static final double PREVIEW_SIZE = 380;
    private final Stage stage = new Stage();
    private final MapExportModel model;
    private final Messages m;
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(400));

    public MapExportDialog(Window owner, MapExportModel model, Messages messages) {
        this.model = model;
        this.m = messages;
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(m.get("mapExport.title"));
        stage.setScene(new Scene(content()));
        model.exportedProperty().addListener((o, a, file) -> {
            if (file != null) {
                stage.close();
            }
        });
        previewDelay.setOnFinished(e -> model.refreshPreview());
        for (Observable choice : new Observable[] {model.formatProperty(), model.paperProperty(), model.widthProperty(),
            model.heightProperty(), model.dpiProperty(), model.titleProperty(), model.dateProperty(), model.creditsProperty(),
            model.legendProperty()}) {
            choice.addListener(o -> previewDelay.playFromStart());
        }
    }

    /** Shows the dialog and draws the first preview. */
    public void show() {
        org.geoprospect.ui.WindowSizing.apply(stage, new org.geoprospect.ui.WindowSizing.Size(900, 600),
                new org.geoprospect.ui.WindowSizing.Size(720, 480));
        stage.show();
        model.refreshPreview();
    }

    public Stage stage() {
        return stage;
    }

    private HBox content() {
        ToggleGroup formats = new ToggleGroup();
        RadioButton pdf = new RadioButton(m.get("mapExport.format.pdf"));
        pdf.setId("mapExportPdf");
        pdf.setToggleGroup(formats);
        pdf.setUserData(LayoutFiles.Format.PDF);
        RadioButton png = new RadioButton(m.get("mapExport.format.png"));
        png.setId("mapExportPng");
        png.setToggleGroup(formats);
        png.setUserData(LayoutFiles.Format.PNG);
        formats.selectToggle(model.formatProperty().get() == LayoutFiles.Format.PDF ? pdf : png);
        formats.selectedToggleProperty().addListener((o, a, toggle) -> {
            if (toggle != null) {
                model.formatProperty().set((LayoutFiles.Format) toggle.getUserData());
            }
        });

        ComboBox<MapExportModel.Paper> paper = new ComboBox<>();
        paper.setId("mapExportPaper");
        paper.getItems().setAll(MapExportModel.Paper.values());
        paper.setCellFactory(list -> new PaperCell());
        paper.setButtonCell(new PaperCell());
        paper.valueProperty().bindBidirectional(model.paperProperty());

        Spinner<Integer> width = spinner("mapExportWidth", PageFormat.MIN_PIXELS, PageFormat.MAX_PIXELS, model.widthProperty().get(), 100);
        Spinner<Integer> height = spinner("mapExportHeight", PageFormat.MIN_PIXELS, PageFormat.MAX_PIXELS, model.heightProperty().get(), 100);
        width.valueProperty().addListener((o, a, v) -> model.widthProperty().set(v));
        height.valueProperty().addListener((o, a, v) -> model.heightProperty().set(v));
        Spinner<Integer> dpi = spinner("mapExportDpi", (int) PageFormat.MIN_DPI, (int) PageFormat.MAX_DPI, model.dpiProperty().get(), 25);
        dpi.valueProperty().addListener((o, a, v) -> model.dpiProperty().set(v));
        var pixels = model.paperProperty().isEqualTo(MapExportModel.Paper.PIXELS);
        width.disableProperty().bind(pixels.not());
        height.disableProperty().bind(pixels.not());
        dpi.disableProperty().bind(pixels);
        HBox size = new HBox(6, width, new Label("×"), height, new Label(m.get("mapExport.pixels")));
        size.setAlignment(Pos.CENTER_LEFT);
        Label dpiNote = new Label(m.get("mapExport.dpi.note"));
        dpiNote.setWrapText(true);
        dpiNote.setStyle("-fx-text-fill: #555;");
        HBox resolution = new HBox(6, dpi, new Label(m.get("mapExport.dpi.unit")));
        resolution.setAlignment(Pos.CENTER_LEFT);

        TextField title = new TextField();
        title.setId("mapExportTitle");
        title.textProperty().bindBidirectional(model.titleProperty());
        DatePicker date = new DatePicker();
        date.setId("mapExportDate");
        date.valueProperty().bindBidirectional(model.dateProperty());
        TextArea credits = new TextArea();
        credits.setId("mapExportCredits");
        credits.setWrapText(true);
        credits.setPrefRowCount(3);
        credits.textProperty().bindBidirectional(model.creditsProperty());
        Label creditsNote = new Label(m.get("mapExport.credits.note"));
        creditsNote.setWrapText(true);
        creditsNote.setStyle("-fx-text-fill: #555;");
        CheckBox legend = new CheckBox(m.get("mapExport.legend"));
        legend.setId("mapExportLegend");
        legend.selectedProperty().bindBidirectional(model.legendProperty());

        TextField file = new TextField();
        file.setId("mapExportFile");
        file.textProperty().bindBidirectional(model.fileTextProperty());
        Button choose = new Button(m.get("mapExport.choose"));
        choose.setId("mapExportChoose");
        choose.setOnAction(e -> chooseFile());
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("mapExport.format"), new HBox(12, pdf, png));
        grid.addRow(row++, label("mapExport.paper"), paper);
        grid.addRow(row++, label("mapExport.dpi"), new VBox(3, resolution, dpiNote));
        grid.addRow(row++, label("mapExport.size"), size);
        grid.addRow(row++, label("mapExport.titleField"), title);
        grid.addRow(row++, label("mapExport.date"), date);
        grid.addRow(row++, label("mapExport.credits"), new VBox(3, credits, creditsNote));
        grid.addRow(row++, new Label(), legend);
        grid.addRow(row, label("mapExport.file"), new HBox(6, file, choose));
        GridPane.setHgrow(title, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("mapExportProblem");
        problem.setWrapText(true);
        problem.setStyle("-fx-text-fill: #b00020;");
        problem.textProperty().bind(model.problemProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        working.visibleProperty().bind(model.runningProperty());
        Button export = new Button(m.get("mapExport.export"));
        export.setId("mapExportRun");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> model.export());
        Button close = new Button();
        close.setId("mapExportClose");
        close.setCancelButton(true);
        close.textProperty().bind(Bindings.when(model.runningProperty()).then(m.get("mapExport.cancel"))
                .otherwise(m.get("mapExport.close")));
        close.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.cancel();
            } else {
                stage.close();
            }
        });
        stage.setOnHidden(e -> {
            previewDelay.stop();
            model.cancel();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, working, spacer, export, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox left = new VBox(12, grid, problem, buttons);
        VBox.setVgrow(grid, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        HBox root = new HBox(16, left, previewPane());
        root.setPadding(new Insets(14));
        return root;
    }

    private VBox previewPane() {
        ImageView image = new ImageView();
        image.setId("mapExportPreview");
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setFitWidth(PREVIEW_SIZE);
        image.setFitHeight(PREVIEW_SIZE);
        model.previewProperty().addListener((o, a, canvas) -> image.setImage(canvas == null ? null : fxImage(canvas)));
        StackPane frame = new StackPane(image);
        frame.setMinSize(PREVIEW_SIZE + 12, PREVIEW_SIZE + 12);
        frame.setStyle("-fx-background-color: #d8d8d8; -fx-padding: 6;");
        Label note = new Label();
        note.setId("mapExportPreviewNote");
        note.setWrapText(true);
        note.setMaxWidth(PREVIEW_SIZE + 12);
        note.setStyle("-fx-text-fill: #555;");
        note.textProperty().bind(model.previewNoteProperty());
        VBox pane = new VBox(6, new Label(m.get("mapExport.preview")), frame, note);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        return pane;
    }

    private static WritableImage fxImage(RasterCanvas canvas) {
        return new WritableImage(new PixelBuffer<>(canvas.width(), canvas.height(), IntBuffer.wrap(canvas.pixels()),
                PixelFormat.getIntArgbPreInstance()));
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, Math.max(min, Math.min(max, value)), step);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        return spinner;
    }

    private Label label(String key) {
        Label label = new Label(m.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("mapExport.title"));
        boolean asPdf = model.formatProperty().get() == LayoutFiles.Format.PDF;
        chooser.getExtensionFilters().add(asPdf ? new FileChooser.ExtensionFilter(m.get("mapExport.filter.pdf"), "*.pdf")
                : new FileChooser.ExtensionFilter(m.get("mapExport.filter.png"), "*.png"));
        try {
            Path current = model.file();
            chooser.setInitialFileName(current.getFileName().toString());
            File folder = current.getParent() == null ? null : current.getParent().toFile();
            if (folder != null && folder.isDirectory()) {
                chooser.setInitialDirectory(folder);
            }
        } catch (IllegalArgumentException e) {
            // No usable name typed yet: the chooser starts empty.
        }
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            String extension = asPdf ? ".pdf" : ".png";
            File named = chosen.getName().toLowerCase(Locale.ROOT).endsWith(extension) ? chosen
                    : new File(chosen.getParentFile(), chosen.getName() + extension);
            model.fileTextProperty().set(named.getPath());
        }
    }

    /** A page size by its name in the user's language. */
    private final class PaperCell extends ListCell<MapExportModel.Paper> {
        @Override
        protected void updateItem(MapExportModel.Paper item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : m.get(item.textKey()));
        }
    }
}
