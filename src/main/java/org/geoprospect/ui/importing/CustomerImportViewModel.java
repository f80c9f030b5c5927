package org.geoprospect.ui.importing;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.geoprospect.service.CsvImportSummary;
import org.geoprospect.service.CustomerFileKind;
import org.geoprospect.service.CustomerPreview;
import org.geoprospect.service.ImportPreviewService;
import org.geoprospect.ui.Messages;

/**
 * The "Import customer file" dialog's state: the preview of a CSV file read as households, clients or
 * competitors (guessed from its headers at first; choosing another kind reads the preview again), and
 * the import. FX-thread confined.
 */
public final class CustomerImportViewModel extends ImportDialogModel {
    private final Path projectFolder;
    private final Path file;
    private final ImportPreviewService previews;
    private final Importers.CustomerImporter imports;
    private final Consumer<CsvImportSummary> onImported;

    private final ObjectProperty<CustomerFileKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ReadOnlyObjectWrapper<CustomerPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyObjectWrapper<CsvImportSummary> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BooleanBinding canImport;
    private boolean settingKind;

    /**
     * @param onImported told of each successful import (the window refreshes the map); may be null
     */
    public CustomerImportViewModel(Messages messages, Path projectFolder, Path file, ImportPreviewService previews,
                                   Importers.CustomerImporter imports, Consumer<CsvImportSummary> onImported) {
        super(messages);
        this.projectFolder = Objects.requireNonNull(projectFolder, "projectFolder");
        this.file = Objects.requireNonNull(file, "file");
        this.previews = previews;
        this.imports = imports;
        this.onImported = onImported == null ? s -> { } : onImported;
        canImport = Bindings.createBooleanBinding(() -> phaseProperty().get() == ImportPhase.READY && preview.get() != null
                && preview.get().importable() && preview.get().kind() == kind.get(), phaseProperty(), preview, kind);
        kind.addListener((o, old, now) -> {
            if (!settingKind && now != null) {
                readPreview();
            }
        });
    }

    /** Reads (or reads again) the preview, as the chosen kind, or guessing it when none is chosen yet. */
    public void readPreview() {
        CustomerFileKind wanted = kind.get();
        runPreview(monitor -> previews.previewCustomers(file, wanted, monitor), p -> {
            settingKind = true;
            try {
                kind.set(p.kind());
            } finally {
                settingKind = false;
            }
            preview.set(p);
        });
    }

    /** Runs the import as the chosen kind; see {@link #canImportProperty()}. */
    public void importFile() {
        if (!canImport.get()) {
            return;
        }
        CustomerFileKind chosen = kind.get();
        runImport(monitor -> imports.importCustomers(projectFolder, chosen, file, null, null, monitor), summary -> {
            result.set(summary);
            onImported.accept(summary);
        });
    }

    public Path file() {
        return file;
    }

    /** The kind the file is read as; null until the first preview guessed it. Changing it reads the preview again. */
    public ObjectProperty<CustomerFileKind> kindProperty() {
        return kind;
    }

    public ReadOnlyObjectProperty<CustomerPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** What the import did; null until it succeeded. */
    public ReadOnlyObjectProperty<CsvImportSummary> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
