package org.geoprospect.service;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.geoprospect.io.csv.CsvFormatException;
import org.geoprospect.io.geojson.GeoJsonFormatException;
import org.geoprospect.io.shp.ShapefileFormatException;
import org.geoprospect.store.ProjectOpenException;

/**
 * Tells which failures carry a sentence meant for the user, so that the UI shows that sentence and
 * never a stack trace or a programmer's message. Stateless and thread-safe.
 */
public final class FailureSentences {
    private FailureSentences() {
    }

    /**
     * The user's sentence of a failure: the message of the first exception in its cause chain whose
     * type promises one (UserFacingException, ShapefileFormatException, CsvFormatException,
     * GeoJsonFormatException, ProjectOpenException), or a sentence for a missing or unreadable file.
     *
     * @param failure any throwable; null gives empty
     * @return empty when the failure is a programming error or unknown (the caller shows a generic sentence)
     */
    public static Optional<String> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UserFacingException || t instanceof ShapefileFormatException
                    || t instanceof CsvFormatException || t instanceof GeoJsonFormatException
                    || t instanceof ProjectOpenException) {
                String message = t.getMessage();
                if (message != null && !message.isBlank()) {
                    return Optional.of(message.strip());
                }
            }
            if (t instanceof NoSuchFileException missing) {
                return Optional.of("The file " + fileName(missing.getFile()) + " was not found; check that it still exists.");
            }
            if (t instanceof AccessDeniedException denied) {
                return Optional.of("The file " + fileName(denied.getFile()) + " cannot be opened: access denied.");
            }
        }
        return Optional.empty();
    }

    private static String fileName(String path) {
        if (path == null) {
            return "(unknown)";
        }
        Path name = Path.of(path).getFileName();
        return name == null ? path : name.toString();
    }
}
