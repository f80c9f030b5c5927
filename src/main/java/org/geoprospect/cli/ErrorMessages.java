package org.geoprospect.cli;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns any failure into the one sentence the command line prints on stderr. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    /**
     * The sentence for a failure: the message of the first exception in the chain that carries one
     * written for people, else a generic sentence naming the kind of failure.
     */
    static String sentenceFor(Throwable failure) {
        if (failure instanceof NoSuchFileException e) {
            return "File not found: " + e.getFile() + ". Check the path and try again.";
        }
        if (failure instanceof AccessDeniedException e) {
            return "Permission denied: " + e.getFile() + ". Choose a folder you can write to.";
        }
        if (failure instanceof FileNotFoundException e && e.getMessage() != null) {
            return "File not found: " + e.getMessage() + ".";
        }
        if (failure instanceof OutOfMemoryError) {
            return "Not enough memory for this operation; start Java with a larger -Xmx (e.g. -Xmx4g).";
        }
        String message = failure.getMessage();
        if (message != null && !message.isBlank() && !(failure instanceof NullPointerException)) {
            return message.strip();
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            return sentenceFor(cause);
        }
        return "Unexpected internal error (" + failure.getClass().getSimpleName()
                + "); please report it with the command you ran.";
    }
}
