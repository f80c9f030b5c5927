package org.geoprospect.store;

/**
 * Thrown when the project database fails during an operation (disk full, constraint broken...).
 * The message is one sentence saying what could not be done; the SQL cause is chained. The
 * operation's transaction has been rolled back, so the database is as it was before.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
