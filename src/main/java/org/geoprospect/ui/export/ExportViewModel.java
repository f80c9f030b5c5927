package org.geoprospect.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.io.export.CsvOptions;
import org.geoprospect.model.Channel;
import org.geoprospect.privacy.ContactRefusal;
import org.geoprospect.privacy.ExportColumn;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.service.ExportService;
import org.geoprospect.service.FailureSentences;
import org.geoprospect.service.ProjectAccess;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.target.Choice;
import org.geoprospect.ui.target.CodeLabel;

/**
 * The export dialog's state (issue 6 item 1): which households (the anonymous codes of the current
 * target or selection, fixed when the dialog opens), the channel or the pseudonymised list, the
 * columns (the channel's defaults ticked; any other personal column only when ticked by the analyst),
 * the separator and the file. {@link #export()} runs {@link ExportService} in the background; the
 * policy, not this dialog, decides who is left out, and the summary says how many and why.
 * FX-thread confined.
 */
public final class ExportViewModel {
    /** The mode code of the pseudonymised list. */
    public static final String PSEUDONYMISED = "pseudonymised";

    private final Messages messages;
    private final ExportService service;
    private final Path project;
    private final List<String> anonCodes;
    private final String targetName;
    private final Object targetDefinition;
    private final ObservableList<CodeLabel> modes = FXCollections.observableArrayList();
    private final ObjectProperty<CodeLabel> mode = new SimpleObjectProperty<>(this, "mode");
    private final ObservableList<Choice> columns = FXCollections.observableArrayList();
    private final ObservableList<CodeLabel> separators = FXCollections.observableArrayList();
    private final ObjectProperty<CodeLabel> separator = new SimpleObjectProperty<>(this, "separator");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyObjectWrapper<ExportResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private BackgroundTasks.Handle task;
    private final java.time.Clock clock;
    private final javafx.beans.property.StringProperty fileText = new javafx.beans.property.SimpleStringProperty(this, "fileText", "");
    /** Whether the user named the file (typed it or chose it): then a change of channel keeps it. */
    private boolean fileChosen;
    /** True while one of the two file properties updates the other. */
    private boolean syncing;

    /**
     * @param anonCodes        the households to export (their anonymous codes); the policy filters them
     * @param targetName       the saved target's name, or null for a current selection
     * @param targetDefinition the definition written to the sidecar and the audit log; may be null
     */
    public ExportViewModel(Messages messages, ExportService service, Path project, List<String> anonCodes,
                           String targetName, Object targetDefinition) {
        this(messages, service, project, anonCodes, targetName, targetDefinition, java.time.Clock.systemDefaultZone());
    }

    /**
     * As the other constructor, with the clock that dates the default file name.
     */
    public ExportViewModel(Messages messages, ExportService service, Path project, List<String> anonCodes,
                           String targetName, Object targetDefinition, java.time.Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.service = service;
        this.project = project;
        this.anonCodes = List.copyOf(anonCodes);
        this.targetName = targetName;
        this.targetDefinition = targetDefinition;
        for (Channel c : Channel.values()) {
            modes.add(new CodeLabel(c.code(), messages.get("target.channel." + c.code())));
        }
        modes.add(new CodeLabel(PSEUDONYMISED, messages.get("exportList.mode.pseudonymised")));
        separators.add(new CodeLabel(";", messages.get("exportList.separator.semicolon")));
        separators.add(new CodeLabel(",", messages.get("exportList.separator.comma")));
        separator.set(separators.get(0));
        mode.addListener((o, a, now) -> {
            resetColumns();
            proposeFile();
        });
        mode.set(modes.get(0));
        fileText.addListener((o, a, text) -> {
            if (!syncing) {
                fileChosen = true;
                syncing = true;
                try {
                    file.set(parseFile(text));
                } finally {
                    syncing = false;
                }
            }
        });
        file.addListener((o, a, path) -> {
            if (!syncing) {
                syncing = true;
                try {
                    fileText.set(path == null ? "" : path.toString());
                } finally {
                    syncing = false;
                }
            }
        });
        proposeFile();
    }

    /**
     * Until the user names a file: {@code <project>/exports/<target>-<channel>-<date>.csv}, e.g.
     * {@code vtt-cholet-email-2026-12-04.csv} ("target" when no saved target is exported).
     */
    private void proposeFile() {
        if (fileChosen || mode.get() == null || project == null) {
            return;
        }
        syncing = true;
        try {
            Path proposed = ExportService.exportsFolder(project).resolve(defaultFileName());
            file.set(proposed);
            fileText.set(proposed.toString());
        } finally {
            syncing = false;
        }
    }

    /** The file name proposed for the current mode. */
    String defaultFileName() {
        String base = targetName == null || targetName.isBlank() ? messages.get("exportList.defaultName") : targetName;
        String safe = base.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        return safe + "-" + mode.get().code() + "-" + java.time.LocalDate.now(clock) + ".csv";
    }

    /** The path typed in the file field: relative to the project's exports folder, ".csv" added when missing. */
    private Path parseFile(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Path typed = Path.of(text.strip());
            if (!typed.isAbsolute() && project != null) {
                typed = ExportService.exportsFolder(project).resolve(typed);
            }
            String name = typed.getFileName() == null ? "" : typed.getFileName().toString();
            return name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? typed : typed.resolveSibling(name + ".csv");
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The file field's text, editable: a path, absolute or relative to the project's exports folder. */
    public javafx.beans.property.StringProperty fileTextProperty() {
        return fileText;
    }

    /** The columns the mode may hold, with its defaults ticked (the anonymous code is always first, not listed). */
    private void resetColumns() {
        CodeLabel current = mode.get();
        Channel channel = channel(current);
        List<ExportColumn> defaults = channel == null ? ExportColumn.pseudonymisedDefaults() : ExportColumn.defaultsFor(channel);
        List<Choice> choices = new ArrayList<>();
        for (ExportColumn column : ExportColumn.values()) {
            if (column == ExportColumn.ANON_CODE || channel == null && column.personal()) {
                continue;
            }
            Choice choice = new Choice(column.code(), messages.get("exportList.column." + column.code())
                    + (column.personal() ? " *" : ""));
            choice.selectedProperty().set(defaults.contains(column));
            choices.add(choice);
        }
        columns.setAll(choices);
    }

    private static Channel channel(CodeLabel mode) {
        return mode == null || PSEUDONYMISED.equals(mode.code()) ? null : Channel.fromCode(mode.code());
    }

    /** The request the fields describe. @throws IllegalStateException when no file is chosen */
    public ExportRequest request() {
        Path target = file.get();
        if (target == null) {
            throw new IllegalStateException(messages.get("exportList.problem.noFile"));
        }
        Channel channel = channel(mode.get());
        ExportRequest request = channel == null ? ExportRequest.pseudonymisedList(target) : ExportRequest.contactList(channel, target);
        List<ExportColumn> chosen = columns.stream().filter(Choice::isSelected).map(c -> ExportColumn.fromCode(c.code())).toList();
        return request.withColumns(chosen).withCsv(CsvOptions.frenchExcel().withDelimiter(separator.get().code().charAt(0)))
                .withTarget(targetName, targetDefinition);
    }

    /** Writes the file in the background; the summary or the problem sentence follows. */
    public void export() {
        ExportRequest request;
        try {
            request = request();
        } catch (IllegalStateException | IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        summary.set("");
        result.set(null);
        running.set(true);
        task = BackgroundTasks.run(monitor -> {
            createExportsFolderFor(request.file());
            return ProjectAccess.whenFree(() -> service.export(project, ExportService.Selection.codes(anonCodes), request, monitor));
        }, done -> {
            running.set(false);
            result.set(done);
            summary.set(summaryOf(done));
        }, failure -> {
            running.set(false);
            problem.set(FailureSentences.of(failure).orElseGet(() -> failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        }, () -> {
            running.set(false);
            problem.set(messages.get("exportList.cancelled"));
        });
        progress.bind(task.progressProperty());
    }

    /** The project's exports folder is the application's own proposal: it is made when first used (other folders must exist). */
    private void createExportsFolderFor(Path target) throws java.io.IOException {
        Path exports = ExportService.exportsFolder(project);
        Path parent = target.toAbsolutePath().normalize().getParent();
        if (parent != null && parent.equals(exports.toAbsolutePath().normalize())) {
            java.nio.file.Files.createDirectories(exports);
        }
    }

    /** Asks a running export to stop; nothing is left half-written. */
    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /** "1 234 households exported to FILE; left out: no consent 56, …; description: FILE.json". */
    String summaryOf(ExportResult done) {
        StringBuilder text = new StringBuilder(messages.get("exportList.done", done.exported(), done.file()));
        List<String> reasons = new ArrayList<>();
        for (Map.Entry<ContactRefusal, Long> entry : done.excluded().entrySet()) {
            if (entry.getValue() > 0) {
                reasons.add(messages.get("exportList.reason." + entry.getKey().key(), entry.getValue()));
            }
        }
        text.append('\n').append(reasons.isEmpty() ? messages.get("exportList.noneExcluded")
                : messages.get("exportList.excluded", String.join(", ", reasons)));
        text.append('\n').append(messages.get("exportList.sidecar", done.sidecar()));
        return text.toString();
    }

    /** How many households were handed to the export (before the policy). */
    public int householdCount() {
        return anonCodes.size();
    }

    public ObservableList<CodeLabel> modes() {
        return modes;
    }

    public ObjectProperty<CodeLabel> modeProperty() {
        return mode;
    }

    /** The columns after the anonymous code; personal ones are marked with an asterisk. */
    public ObservableList<Choice> columns() {
        return columns;
    }

    public ObservableList<CodeLabel> separators() {
        return separators;
    }

    public ObjectProperty<CodeLabel> separatorProperty() {
        return separator;
    }

    /** The file to write; setting it (the file chooser) counts as the user's choice. */
    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** Records that the user chose the file (so that a change of channel no longer proposes another name). */
    public void chooseFile(Path chosen) {
        fileChosen = true;
        file.set(chosen);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
