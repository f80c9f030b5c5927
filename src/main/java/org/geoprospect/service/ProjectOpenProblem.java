package org.geoprospect.service;

import java.util.Objects;
import java.util.Optional;
import org.geoprospect.store.ProjectOpenException;

/**
 * Why a project could not be opened, as the desktop may see it (the UI never sees store classes):
 * a kind to choose the way out from, and the store's one sentence for the user. Immutable.
 *
 * @param kind     why; never null
 * @param sentence one sentence for the user; never null
 */
public record ProjectOpenProblem(Kind kind, String sentence) {
    /** The failures of opening a project the desktop offers a way out of. */
    public enum Kind {
        /** The file is not an H2 database or is damaged. */
        DAMAGED,
        /** The file is an H2 database, but not a GeoProspect project. */
        NOT_A_PROJECT,
        /** Written by a newer version of the application. */
        NEWER_SCHEMA,
        /** Upgrading the schema failed (a copy was kept beside the file). */
        MIGRATION_FAILED,
        /** Another running instance has the project open. */
        LOCKED,
        /** Encrypted, and no passphrase was given. */
        PASSPHRASE_NEEDED,
        /** Encrypted, and the passphrase given is wrong. */
        WRONG_PASSPHRASE,
        /** The folder holds no project file. */
        NO_PROJECT;

        /** Whether replacing the file by a backup can cure it (not when the file is fine but busy or locked by a key). */
        public boolean curedByRestore() {
            return this == DAMAGED || this == NOT_A_PROJECT || this == NEWER_SCHEMA || this == MIGRATION_FAILED
                    || this == NO_PROJECT;
        }

        /**
         * Whether opening the file read-only can show it: a project from a newer version (this version
         * reads what it knows of it). Not a locked file: the database engine refuses even a reader then.
         */
        public boolean openableReadOnly() {
            return this == NEWER_SCHEMA;
        }

        /** Whether trying again may succeed without touching the file (the other instance quit, another passphrase). */
        public boolean worthRetrying() {
            return this == LOCKED || this == PASSPHRASE_NEEDED || this == WRONG_PASSPHRASE;
        }
    }

    public ProjectOpenProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
    }

    /**
     * The problem a failure of opening a project reports, looking through its cause chain.
     *
     * @param failure any throwable; null gives empty
     * @return empty when the failure is not a refusal to open a project (the caller shows its sentence as an error)
     */
    public static Optional<ProjectOpenProblem> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProjectOpenException open) {
                Optional<Kind> kind = kindOf(open.reason());
                if (kind.isPresent()) {
                    String message = open.getMessage() == null ? "" : open.getMessage().strip();
                    return Optional.of(new ProjectOpenProblem(kind.get(), message));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> kindOf(ProjectOpenException.Reason reason) {
        return switch (reason) {
            case DAMAGED -> Optional.of(Kind.DAMAGED);
            case NOT_A_PROJECT -> Optional.of(Kind.NOT_A_PROJECT);
            case NEWER_SCHEMA -> Optional.of(Kind.NEWER_SCHEMA);
            case MIGRATION_FAILED -> Optional.of(Kind.MIGRATION_FAILED);
            case LOCKED -> Optional.of(Kind.LOCKED);
            case PASSPHRASE_NEEDED -> Optional.of(Kind.PASSPHRASE_NEEDED);
            case WRONG_PASSPHRASE -> Optional.of(Kind.WRONG_PASSPHRASE);
            case NO_PROJECT -> Optional.of(Kind.NO_PROJECT);
            case ALREADY_EXISTS, IO_ERROR -> Optional.empty();
        };
    }
}
