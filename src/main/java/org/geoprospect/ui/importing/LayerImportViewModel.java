package org.geoprospect.ui.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.service.CrsLookupService;
import org.geoprospect.service.CrsOption;
import org.geoprospect.service.ImportPreviewService;
import org.geoprospect.service.LayerImportReport;
import org.geoprospect.service.LayerPreview;
import org.geoprospect.ui.Messages;

/**
 * The "Import layer" dialog's state: the preview of a shapefile or GeoJSON file, the editable layer
 * name, CRS and DBF encoding, and the import itself. When the file declares no CRS we recognise, the
 * user must choose one ({@link #crsRequiredProperty()}); {@link #canImportProperty()} stays false until
 * then. Choosing another encoding reads the preview again. FX-thread confined.
 */
public final class LayerImportViewModel extends ImportDialogModel {
    private final Path projectFolder;
    private final Path file;
    private final Set<String> existingLayers;
    private final ImportPreviewService previews;
    private final Importers.LayerImporter imports;
    private final CrsLookupService crsLookup;
    private final Consumer<LayerImportReport> onImported;

    private final ReadOnlyObjectWrapper<LayerPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final StringProperty layerName = new SimpleStringProperty(this, "layerName", "");
    private final ObservableList<EncodingChoice> encodings = FXCollections.observableArrayList();
    private final ObjectProperty<EncodingChoice> encoding = new SimpleObjectProperty<>(this, "encoding");
    private final StringProperty crsQuery = new SimpleStringProperty(this, "crsQuery", "");
    private final ObservableList<CrsOption> crsResults = FXCollections.observableArrayList();
    private final ObjectProperty<CrsOption> chosenCrs = new SimpleObjectProperty<>(this, "chosenCrs");
    private final ReadOnlyStringWrapper crsWarning = new ReadOnlyStringWrapper(this, "crsWarning");
    private final ReadOnlyStringWrapper nameWarning = new ReadOnlyStringWrapper(this, "nameWarning");
    private final ReadOnlyObjectWrapper<LayerImportReport> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding crsRequired;
    private final BooleanBinding canImport;
    private boolean updatingEncodings;
    /** Whether the CRS was picked by the user (kept when the preview is read again). */
    private boolean userChoseCrs;

    /**
     * @param projectFolder  the project the layer goes into
     * @param file           the .shp, .geojson or .json file
     * @param existingLayers names of the project's layers (an import of the same name replaces the layer)
     * @param onImported     told of each successful import (the window reloads the map); may be null
     */
    public LayerImportViewModel(Messages messages, Path projectFolder, Path file, Set<String> existingLayers,
                                ImportPreviewService previews, Importers.LayerImporter imports, CrsLookupService crsLookup,
                                Consumer<LayerImportReport> onImported) {
        super(messages);
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.file = Objects.requireNonNull(file, "file");
        this.existingLayers = Set.copyOf(existingLayers);
        this.previews = previews;
        this.imports = imports;
        this.crsLookup = crsLookup;
        this.onImported = onImported == null ? r -> { } : onImported;
        layerName.set(baseName(file));
        crsRequired = Bindings.createBooleanBinding(() -> preview.get() != null && preview.get().crsRequired(), preview);
        canImport = Bindings.createBooleanBinding(() -> phaseProperty().get() == ImportPhase.READY && preview.get() != null
                        && chosenCrs.get() != null && !layerName.get().isBlank(),
                phaseProperty(), preview, chosenCrs, layerName);
        resetEncodings(null);
        encoding.addListener((o, old, now) -> {
            if (!updatingEncodings && now != null && old != null) {
                readPreview();
            }
        });
        crsQuery.addListener((o, old, now) -> search(now));
        chosenCrs.addListener((o, old, now) -> updateCrsWarning());
        layerName.addListener((o, old, now) -> updateNameWarning());
        updateNameWarning();
        search("");
    }

    /** Reads (or reads again) the file's preview in the background. */
    public void readPreview() {
        Charset forced = encoding.get() == null ? null : encoding.get().charset();
        runPreview(monitor -> previews.previewLayer(file, forced, monitor), this::showPreview);
    }

    private void showPreview(LayerPreview p) {
        preview.set(p);
        if (p.encoding() != null && (encoding.get() == null || encoding.get().charset() == null)) {
            resetEncodings(p.encoding());
        }
        if (!userChoseCrs) {
            chosenCrs.set(p.crs());
        }
        updateCrsWarning();
    }

    /**
     * The user picks a CRS in the search results (or clears the choice with null); it overrides the
     * one the file declares.
     */
    public void chooseCrs(CrsOption option) {
        userChoseCrs = option != null;
        chosenCrs.set(option != null ? option : preview.get() == null ? null : preview.get().crs());
    }

    /** Runs the import with the current name, CRS and encoding; see {@link #canImportProperty()}. */
    public void importLayer() {
        if (!canImport.get()) {
            return;
        }
        String name = layerName.get().strip();
        int srid = chosenCrs.get().code();
        Charset forced = encoding.get() == null ? null : encoding.get().charset();
        runImport(monitor -> imports.importLayer(projectFolder, file, name, srid, forced, monitor), report -> {
            result.set(report);
            onImported.accept(report);
        });
    }

    private void resetEncodings(String detected) {
        updatingEncodings = true;
        try {
            EncodingChoice auto = new EncodingChoice(detected == null ? messages.get("import.encoding.auto")
                    : messages.get("import.encoding.detected", detected), null);
            EncodingChoice selected = encoding.get();
            List<EncodingChoice> all = new java.util.ArrayList<>();
            all.add(auto);
            for (String name : EncodingChoice.FORCEABLE) {
                all.add(new EncodingChoice(name.equals("IBM850") ? "cp850 (MS-DOS)" : name, Charset.forName(name)));
            }
            encodings.setAll(all);
            encoding.set(selected == null || selected.charset() == null ? auto : all.stream()
                    .filter(c -> selected.charset().equals(c.charset())).findFirst().orElse(auto));
        } finally {
            updatingEncodings = false;
        }
    }

    private void search(String query) {
        crsResults.setAll(crsLookup.search(query, CrsLookupService.DEFAULT_LIMIT));
    }

    private void updateCrsWarning() {
        LayerPreview p = preview.get();
        CrsOption crs = chosenCrs.get();
        crsWarning.set(p != null && crs != null && previews.outsideAreaOfUse(p, crs.code())
                ? messages.get("import.crs.outsideArea", crs.label()) : null);
    }

    private void updateNameWarning() {
        String name = layerName.get().strip();
        if (name.isEmpty()) {
            nameWarning.set(messages.get("import.name.required"));
        } else if (existingLayers.contains(name)) {
            nameWarning.set(messages.get("import.name.replaces", name));
        } else {
            nameWarning.set(null);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Path file() {
        return file;
    }

    /** Whether the file is a shapefile (so the DBF encoding applies). */
    public boolean isShapefile() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp");
    }

    public ReadOnlyObjectProperty<LayerPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public StringProperty layerNameProperty() {
        return layerName;
    }

    public ObservableList<EncodingChoice> encodings() {
        return encodings;
    }

    /** The encoding chosen; changing it reads the preview again. */
    public ObjectProperty<EncodingChoice> encodingProperty() {
        return encoding;
    }

    /** The text of the CRS search field; each change refreshes {@link #crsResults()}. */
    public StringProperty crsQueryProperty() {
        return crsQuery;
    }

    public ObservableList<CrsOption> crsResults() {
        return crsResults;
    }

    /** The CRS the import will use: the file's, or the user's choice; null while none. */
    public ReadOnlyObjectProperty<CrsOption> chosenCrsProperty() {
        return chosenCrs;
    }

    /** True when the file declares no CRS we recognise: the user must choose one. */
    public BooleanBinding crsRequiredProperty() {
        return crsRequired;
    }

    /** Whether Import may run now. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** A sentence when the coordinates do not fit the chosen CRS, else null. */
    public ReadOnlyStringProperty crsWarningProperty() {
        return crsWarning.getReadOnlyProperty();
    }

    /** A sentence when the name is empty or replaces a layer, else null. */
    public ReadOnlyStringProperty nameWarningProperty() {
        return nameWarning.getReadOnlyProperty();
    }

    /** What the import did; null until it succeeded. */
    public ReadOnlyObjectProperty<LayerImportReport> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
