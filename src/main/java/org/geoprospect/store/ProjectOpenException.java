package org.geoprospect.store;

import java.util.Objects;

/**
 * Thrown when a project folder cannot be created or opened; the message is one sentence for the user
 * and {@link #reason()} lets the UI offer the right choice (pick another folder, close the other
 * instance, update the application, restore a backup...).
 */
public class ProjectOpenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a project could not be created or opened. */
    public enum Reason {
        /** {@code create} found a project already in the folder. */
        ALREADY_EXISTS,
        /** The folder does not exist or holds no project database file. */
        NO_PROJECT,
        /** Another running instance (this one or another process) has the project open. */
        LOCKED,
        /** The project was written by a newer version of the application. */
        NEWER_SCHEMA,
        /** The file is an H2 database, but not a GeoProspect project. */
        NOT_A_PROJECT,
        /** The file is not an H2 database or is damaged. */
        DAMAGED,
        /** Upgrading the project's schema failed; a backup was kept beside it. */
        MIGRATION_FAILED,
        /** The project is encrypted and no passphrase was given. */
        PASSPHRASE_NEEDED,
        /** The passphrase given does not decrypt the project. */
        WRONG_PASSPHRASE,
        /** The folder could not be read or written. */
        IO_ERROR
    }

    private final Reason reason;

    public ProjectOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ProjectOpenException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** Why the project could not be opened; never null. */
    public Reason reason() {
        return reason;
    }
}
