package org.geoprospect.io.shp;

import java.io.IOException;

/**
 * Thrown when a shapefile set cannot be read because a file is missing, truncated or damaged.
 *
 * <p>{@link #getMessage()} is one sentence meant for the user: it names the file, says what is wrong
 * and, where possible, what to do. The original cause, if any, is chained for the logs.
 */
public class ShapefileFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the user-facing sentence. */
    public ShapefileFormatException(String sentence) {
        super(sentence);
    }

    /** Creates the exception with the user-facing sentence and the low-level cause. */
    public ShapefileFormatException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
