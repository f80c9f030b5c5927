package org.geoprospect.ui.undo;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.geoprospect.privacy.Objection;
import org.geoprospect.service.ExportService;
import org.geoprospect.ui.Messages;

/**
 * Undoable recording of objections typed by the user: execute records them (and remembers the rows it
 * made), undo removes exactly those rows — never an objection recorded otherwise — with a line in the
 * audit log, redo records them again. Stateless factory; the commands block and run off the FX thread.
 */
public final class ObjectionCommands {
    private final Messages messages;
    private final ExportService service;
    private final Path project;

    public ObjectionCommands(Messages messages, ExportService service, Path project) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.service = Objects.requireNonNull(service, "service");
        this.project = Objects.requireNonNull(project, "project");
    }

    /** Recording these objections; not yet executed. */
    public Recording record(List<Objection> objections) {
        return new Recording(List.copyOf(objections));
    }

    /** One recording; {@link #recordedCount()} tells how many rows its last execute made. */
    public final class Recording implements UndoableCommand {
        private final List<Objection> objections;
        private volatile List<Long> ids = List.of();

        private Recording(List<Objection> objections) {
            this.objections = objections;
        }

        @Override
        public String description() {
            return messages.get("undo.recordObjection", objections.size());
        }

        @Override
        public void execute() {
            ids = service.recordObjectionsUndoably(project, objections);
        }

        @Override
        public void undo() {
            service.withdrawObjections(project, ids);
            ids = List.of();
        }

        /** How many objections the last execute recorded (0 before it or after an undo). */
        public int recordedCount() {
            return ids.size();
        }
    }
}
