package org.geoprospect.ui.safety;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.service.ProjectOpenProblem;
import org.geoprospect.service.ProjectRecovery.BackupEntry;
import org.geoprospect.ui.Messages;

/**
 * The state of the dialog shown when the project cannot be opened: one sentence saying why, and the
 * ways out that can work for that failure — restore the last automatic backup (only for a damaged,
 * foreign or newer file, and only when a backup exists), open read-only (a project from a newer
 * version), try again (the other instance quit, another passphrase), or quit. Never a new empty project in place of the old one. Immutable apart from the
 * actions it runs; FX-thread confined.
 */
public final class OpenFailureViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The ways out the dialog may offer, in the order of its buttons. */
    public enum Choice {
        /** Move the file aside, put the newest automatic backup in its place and open it. */
        RESTORE_LAST_BACKUP,
        /** Open the project without ever writing to it (a project saved by a newer version). */
        OPEN_READ_ONLY,
        /** Open the project again, unchanged. */
        TRY_AGAIN,
        /** Leave the application. */
        QUIT
    }

    /**
     * What each choice does; supplied by the window's model.
     *
     * @param restoreLastBackup restores the newest backup and opens the project; never null
     * @param openReadOnly      opens the project read-only; never null
     * @param tryAgain          opens the project again; never null
     * @param quit              leaves the application; never null
     */
    public record Actions(Runnable restoreLastBackup, Runnable openReadOnly, Runnable tryAgain, Runnable quit) {
        public Actions {
            Objects.requireNonNull(restoreLastBackup, "restoreLastBackup");
            Objects.requireNonNull(openReadOnly, "openReadOnly");
            Objects.requireNonNull(tryAgain, "tryAgain");
            Objects.requireNonNull(quit, "quit");
        }
    }

    private final Messages messages;
    private final ProjectOpenProblem problem;
    private final Optional<BackupEntry> latestBackup;
    private final Actions actions;
    private final List<Choice> choices;

    /**
     * @param latestBackup the project's newest automatic backup; empty when it has none
     */
    public OpenFailureViewModel(Messages messages, ProjectOpenProblem problem, Optional<BackupEntry> latestBackup,
                                Actions actions) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.latestBackup = Objects.requireNonNull(latestBackup, "latestBackup");
        this.actions = Objects.requireNonNull(actions, "actions");
        List<Choice> offered = new ArrayList<>();
        if (problem.kind().curedByRestore() && latestBackup.isPresent()) {
            offered.add(Choice.RESTORE_LAST_BACKUP);
        }
        if (problem.kind().openableReadOnly()) {
            offered.add(Choice.OPEN_READ_ONLY);
        }
        if (problem.kind().worthRetrying()) {
            offered.add(Choice.TRY_AGAIN);
        }
        offered.add(Choice.QUIT);
        this.choices = List.copyOf(offered);
    }

    /** The dialog's header: "The project could not be opened." */
    public String header() {
        return messages.get("load.failed.header");
    }

    /** The store's one sentence saying why. */
    public String sentence() {
        return problem.sentence();
    }

    /** What the restore would bring back ("The last backup was taken on … before: import."), or empty when none is offered. */
    public String backupText() {
        if (!choices.contains(Choice.RESTORE_LAST_BACKUP)) {
            return "";
        }
        BackupEntry entry = latestBackup.orElseThrow();
        return messages.get("recovery.lastBackup", WHEN.format(entry.taken()), entry.reason());
    }

    /** The problem behind the dialog. */
    public ProjectOpenProblem problem() {
        return problem;
    }

    /** The choices offered, in button order; always ends with {@link Choice#QUIT}. */
    public List<Choice> choices() {
        return choices;
    }

    /** The label of a choice's button. */
    public String label(Choice choice) {
        return switch (choice) {
            case RESTORE_LAST_BACKUP -> messages.get("recovery.restoreLast");
            case OPEN_READ_ONLY -> messages.get("recovery.openReadOnly");
            case TRY_AGAIN -> messages.get("recovery.tryAgain");
            case QUIT -> messages.get("recovery.quit");
        };
    }

    /**
     * Runs a choice's action.
     *
     * @throws IllegalArgumentException when the choice is not offered for this problem
     */
    public void choose(Choice choice) {
        if (!choices.contains(choice)) {
            throw new IllegalArgumentException("The choice " + choice + " is not offered for " + problem.kind());
        }
        switch (choice) {
            case RESTORE_LAST_BACKUP -> actions.restoreLastBackup().run();
            case OPEN_READ_ONLY -> actions.openReadOnly().run();
            case TRY_AGAIN -> actions.tryAgain().run();
            case QUIT -> actions.quit().run();
        }
    }
}
