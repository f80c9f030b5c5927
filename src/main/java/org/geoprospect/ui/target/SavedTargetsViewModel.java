package org.geoprospect.ui.target;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.service.ProjectAccess;
import org.geoprospect.service.SavedTargetInfo;
import org.geoprospect.service.TargetCounts;
import org.geoprospect.service.TargetService;
import org.geoprospect.ui.BackgroundTasks;

/**
 * Saved targets (issue 5 item 6): save the panel's definition by name, list, re-run with today's
 * counts, rename, delete, load into the panel. The JSON is {@link TargetService}'s, the command line's
 * own, so {@code target run NAME} prints the counts shown here. Every call runs in the background;
 * the outcome is one line in {@link #statusProperty()}, failures one sentence on the context's
 * problem line. FX-thread confined.
 */
public final class SavedTargetsViewModel {
    private final AnalysisContext context;
    private final CriteriaViewModel criteria;
    private final TargetService service;
    private final ObservableList<SavedTargetInfo> targets = FXCollections.observableArrayList();
    private final ObjectProperty<SavedTargetInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private org.geoprospect.ui.undo.UndoHistory undoHistory = new org.geoprospect.ui.undo.UndoHistory();

    public SavedTargetsViewModel(AnalysisContext context, CriteriaViewModel criteria, TargetService service) {
        this.context = context;
        this.criteria = criteria;
        this.service = service;
        context.sessionProperty().addListener((o, a, session) -> {
            if (session != null) {
                refresh();
            }
        });
    }

    /** Records this panel's saves, renames and deletes in the application's undo history. */
    public void setUndoHistory(org.geoprospect.ui.undo.UndoHistory history) {
        this.undoHistory = java.util.Objects.requireNonNull(history, "history");
    }

    private org.geoprospect.ui.undo.TargetCommands commands(Path project) {
        return new org.geoprospect.ui.undo.TargetCommands(context.messages(), service, project);
    }

    /** Reads the list of saved targets again. */
    public void refresh() {
        Path project = context.project();
        if (project == null) {
            return;
        }
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> service.list(project)), this::showList, context.reporter(), () -> { });
    }

    private void showList(List<SavedTargetInfo> list) {
        String keep = selected.get() == null ? null : selected.get().name();
        targets.setAll(list);
        selected.set(list.stream().filter(t -> t.name().equals(keep)).findFirst().orElse(null));
    }

    /** Saves the panel's definition under {@link #nameProperty()}; the counts it selects now go to the status. */
    public void save() {
        Path project = context.project();
        if (project == null) {
            context.report(new IllegalStateException(context.messages().get("target.problem.noProject")));
            return;
        }
        TargetDefinition definition;
        try {
            definition = criteria.definition();
        } catch (IllegalArgumentException e) {
            context.report(e);
            return;
        }
        String targetName = name.get();
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> service.save(project, targetName, definition, m)), counts -> {
            undoHistory.record(commands(project).save(targetName, definition));
            context.clearProblem();
            status.set(context.messages().get("target.saved", counts.name(), counts.households(), counts.clients()));
            refresh();
        }, context.reporter(), () -> { });
    }

    /** Runs the selected target on the data as it is now and shows its counts. */
    public void run() {
        SavedTargetInfo target = selected.get();
        if (target == null) {
            return;
        }
        Path project = context.project();
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> service.run(project, target.name(), m)),
                (TargetCounts counts) -> {
                    context.clearProblem();
                    status.set(context.messages().get("target.ran", counts.name(), counts.households(), counts.clients()));
                }, context.reporter(), () -> { });
    }

    /** Puts the selected target's definition into the criteria panel (its name into the name field). */
    public void loadSelected() {
        SavedTargetInfo target = selected.get();
        if (target != null) {
            criteria.load(target.definition());
            name.set(target.name());
            status.set(context.messages().get("target.loaded", target.name()));
        }
    }

    /**
     * The name of the saved target whose definition is exactly {@code definition}: the one selected in the
     * list, else the one named in the name field, else the first such; empty when the panel's definition
     * is not (or no longer) a saved target's. An export then names it in its sidecar and audit row.
     */
    public java.util.Optional<String> savedNameOf(TargetDefinition definition) {
        SavedTargetInfo chosen = selected.get();
        if (chosen != null && chosen.definition().equals(definition)) {
            return java.util.Optional.of(chosen.name());
        }
        for (SavedTargetInfo target : targets) {
            if (target.name().equals(name.get()) && target.definition().equals(definition)) {
                return java.util.Optional.of(target.name());
            }
        }
        return targets.stream().filter(t -> t.definition().equals(definition)).map(SavedTargetInfo::name).findFirst();
    }

    /** Renames the selected target. */
    public void rename(String newName) {
        SavedTargetInfo target = selected.get();
        if (target == null) {
            return;
        }
        Path project = context.project();
        BackgroundTasks.run(m -> {
            ProjectAccess.whenFree(() -> service.rename(project, target.name(), newName));
            return newName;
        }, renamed -> {
            undoHistory.record(commands(project).rename(target.name(), renamed));
            context.clearProblem();
            status.set(context.messages().get("target.renamed", target.name(), renamed));
            refresh();
        }, context.reporter(), () -> { });
    }

    /** Deletes the selected target (the View asks for confirmation first). */
    public void delete() {
        SavedTargetInfo target = selected.get();
        if (target == null) {
            return;
        }
        Path project = context.project();
        BackgroundTasks.run(m -> ProjectAccess.whenFree(() -> {
            // The command reads the definition before deleting, so Undo can save it again.
            org.geoprospect.ui.undo.UndoableCommand command = commands(project).delete(target.name());
            command.execute();
            return command;
        }), command -> {
            undoHistory.record(command);
            String deleted = target.name();
            context.clearProblem();
            status.set(context.messages().get("target.deleted", deleted));
            refresh();
        }, context.reporter(), () -> { });
    }

    public ObservableList<SavedTargetInfo> targets() {
        return targets;
    }

    public ObjectProperty<SavedTargetInfo> selectedProperty() {
        return selected;
    }

    /** The name to save under. */
    public StringProperty nameProperty() {
        return name;
    }

    /** What the last action did ("Saved 'vtt': 123 households, 4 clients"). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

}
