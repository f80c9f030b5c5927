package org.geoprospect.ui.target;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.geoprospect.service.AnalysisSession;
import org.geoprospect.service.AnalysisSessions;
import org.geoprospect.service.FailureSentences;
import org.geoprospect.ui.BackgroundTasks;
import org.geoprospect.ui.Messages;
import org.geoprospect.ui.state.TargetingState;

/**
 * What the targeting panels share: the open project's folder, its data loaded once in memory
 * ({@link AnalysisSession}, loaded in the background), the state shared with the map, the texts, and
 * the one line where a panel reports a failure. FX-thread confined.
 */
public final class AnalysisContext {
    private final Messages messages;
    private final TargetingState targeting;
    private final ReadOnlyObjectWrapper<Path> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<AnalysisSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Runnable reloader;

    public AnalysisContext(Messages messages, TargetingState targeting) {
        this.messages = messages;
        this.targeting = targeting;
    }

    /**
     * Opens (or re-reads, after an import) the project's data in the background; the panels count once
     * it has arrived. A null folder closes the panels' data.
     */
    public void open(Path folder) {
        project.set(folder);
        if (folder == null) {
            session.set(null);
            return;
        }
        loading.set(true);
        BackgroundTasks.run(monitor -> AnalysisSessions.open(folder, monitor), loaded -> {
            loading.set(false);
            if (folder.equals(project.get())) {
                session.set(loaded);
            }
        }, failure -> {
            loading.set(false);
            report(failure);
        }, () -> loading.set(false));
    }

    /**
     * Uses a session loaded elsewhere (the map's, over the map's own households, so that the ids of
     * selections, highlights and the potential filter mean the same households on both sides).
     */
    public void use(Path folder, AnalysisSession shared) {
        project.set(folder);
        session.set(shared);
    }

    /** What re-reads the project after the panels changed its data (a purge); default: {@link #open}. */
    public void setReloader(Runnable reloader) {
        this.reloader = reloader;
    }

    /** Re-reads the project's data after a change made by a panel. */
    public void reload() {
        if (reloader != null) {
            reloader.run();
        } else {
            open(project.get());
        }
    }

    /** Puts a failure's sentence on the panels' problem line (never a stack trace). */
    public void report(Throwable failure) {
        problem.set(sentence(failure));
    }

    /** Clears the problem line. */
    public void clearProblem() {
        problem.set("");
    }

    /** A failure as one sentence for the user. */
    public String sentence(Throwable failure) {
        var known = FailureSentences.of(failure);
        if (known.isPresent()) {
            return known.get();
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? messages.get("target.failed.unknown", failure.getClass().getSimpleName())
                : message.strip();
    }

    /** A consumer that reports failures, for {@link BackgroundTasks#run}. */
    public Consumer<Throwable> reporter() {
        return this::report;
    }

    public Messages messages() {
        return messages;
    }

    public TargetingState targeting() {
        return targeting;
    }

    public ReadOnlyObjectProperty<Path> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** The project folder, or null when none is open. */
    public Path project() {
        return project.get();
    }

    public ReadOnlyObjectProperty<AnalysisSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The loaded data, or null while loading or without a project. */
    public AnalysisSession session() {
        return session.get();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last failure's sentence, "" when none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
