package org.geoprospect.ui.importing;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.geoprospect.service.FailureSentences;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the two import dialogs share: the phase, the preview and import tasks run through
 * {@link BackgroundTasks} with progress and a cooperative Cancel, and the error and notice texts.
 * Errors are shown as their one user sentence, never a stack trace. FX-thread confined.
 */
public abstract class ImportDialogModel {
    private static final Logger LOG = LoggerFactory.getLogger(ImportDialogModel.class);

    protected final Messages messages;
    private final ReadOnlyObjectWrapper<ImportPhase> phase = new ReadOnlyObjectWrapper<>(this, "phase", ImportPhase.PREVIEWING);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice");
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper(this, "cancelling");
    private BackgroundTasks.Handle task;
    private int generation;

    protected ImportDialogModel(Messages messages) {
        this.messages = messages;
    }

    /**
     * Reads the preview in the background; a newer preview supersedes (and cancels) an older one, whose
     * result is then ignored.
     */
    protected <T> void runPreview(BackgroundTasks.Work<T> work, Consumer<T> onPreview) {
        if (task != null) {
            task.cancel();
        }
        int mine = ++generation;
        phase.set(ImportPhase.PREVIEWING);
        error.set(null);
        notice.set(null);
        start(BackgroundTasks.run(work, result -> {
            if (mine == generation) {
                task = null;
                onPreview.accept(result);
                phase.set(ImportPhase.READY);
            }
        }, failure -> {
            if (mine == generation) {
                task = null;
                error.set(sentence(failure));
                phase.set(ImportPhase.PREVIEW_FAILED);
            }
        }, () -> {
            if (mine == generation) {
                task = null;
                phase.set(ImportPhase.PREVIEW_FAILED);
                notice.set(messages.get("import.previewCancelled"));
            }
        }));
    }

    /** Runs the import in the background; success shows the result, Cancel or failure leave the dialog ready. */
    protected <T> void runImport(BackgroundTasks.Work<T> work, Consumer<T> onImported) {
        int mine = ++generation;
        phase.set(ImportPhase.IMPORTING);
        error.set(null);
        notice.set(null);
        cancelling.set(false);
        start(BackgroundTasks.run(work, result -> {
            finishImport(mine);
            phase.set(ImportPhase.DONE);
            onImported.accept(result);
        }, failure -> {
            finishImport(mine);
            error.set(sentence(failure));
            phase.set(ImportPhase.READY);
        }, () -> {
            finishImport(mine);
            notice.set(messages.get("import.cancelled"));
            phase.set(ImportPhase.READY);
        }));
    }

    private void finishImport(int mine) {
        if (mine == generation) {
            task = null;
        }
        cancelling.set(false);
        progress.unbind();
        progress.set(-1);
    }

    private void start(BackgroundTasks.Handle handle) {
        task = handle;
        progress.unbind();
        progress.bind(handle.progressProperty());
    }

    /**
     * Asks the running preview or import to stop at its next check. The import service undoes its
     * work, so a cancelled import leaves the project as it was.
     */
    public void cancel() {
        if (task != null) {
            task.cancel();
            if (phase.get() == ImportPhase.IMPORTING) {
                cancelling.set(true);
            }
        }
    }

    /** Whether the dialog may close now: not while an import runs (it must finish or be cancelled first). */
    public boolean canClose() {
        return phase.get() != ImportPhase.IMPORTING;
    }

    /** The dialog closes: stops a preview still running. */
    public void dispose() {
        if (phase.get() == ImportPhase.PREVIEWING) {
            generation++;
            if (task != null) {
                task.cancel();
            }
        }
    }

    /** The failure as the user reads it: its own sentence, else a generic one naming the error type. */
    String sentence(Throwable failure) {
        var known = FailureSentences.of(failure);
        if (known.isPresent()) {
            // Messages of these types may quote a cell of the file: log the type only.
            LOG.info("Import step failed: {}", failure.getClass().getName());
            return known.get();
        }
        LOG.warn("Unexpected import failure", failure);
        return messages.get("import.failed.unknown", failure.getClass().getSimpleName());
    }

    /** A binding true in the given phase. */
    public BooleanBinding inPhase(ImportPhase wanted) {
        return Bindings.createBooleanBinding(() -> phase.get() == wanted, phase);
    }

    public ReadOnlyObjectProperty<ImportPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One sentence saying what went wrong, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** An information sentence (e.g. "cancelled, nothing imported"), or null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True between a Cancel and the import's stop. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    protected void setError(String sentence) {
        error.set(sentence);
    }
}
