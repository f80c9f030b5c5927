package org.geoprospect.ui.undo;

import java.nio.file.Path;
import java.util.Objects;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.service.SavedTargetInfo;
import org.geoprospect.service.TargetService;
import org.geoprospect.ui.Messages;

/**
 * Undoable edits of saved targets, through {@link TargetService}: save (undo deletes it), delete (undo
 * saves the same definition again under the same name), rename (undo renames back). Stateless
 * factory; the commands block and run off the FX thread.
 */
public final class TargetCommands {
    private final Messages messages;
    private final TargetService targets;
    private final Path project;

    public TargetCommands(Messages messages, TargetService targets, Path project) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.project = Objects.requireNonNull(project, "project");
    }

    /** Saving a new target. */
    public UndoableCommand save(String name, TargetDefinition definition) {
        return new Command(messages.get("undo.saveTarget", name),
                () -> targets.save(project, name, definition, ProgressMonitor.NONE),
                () -> targets.delete(project, name));
    }

    /** Deleting a target; its definition is read now, so undo can save it again. */
    public UndoableCommand delete(String name) {
        SavedTargetInfo kept = targets.show(project, name);
        return new Command(messages.get("undo.deleteTarget", name),
                () -> targets.delete(project, name),
                () -> targets.save(project, kept.name(), kept.definition(), ProgressMonitor.NONE));
    }

    /** Renaming a target. */
    public UndoableCommand rename(String oldName, String newName) {
        return new Command(messages.get("undo.renameTarget", oldName),
                () -> targets.rename(project, oldName, newName),
                () -> targets.rename(project, newName, oldName));
    }

    private record Command(String description, Runnable doIt, Runnable undoIt) implements UndoableCommand {
        @Override
        public void execute() {
            doIt.run();
        }

        @Override
        public void undo() {
            undoIt.run();
        }
    }
}
