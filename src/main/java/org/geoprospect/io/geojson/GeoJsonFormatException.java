package org.geoprospect.io.geojson;

import java.io.IOException;

/** A GeoJSON file that cannot be read; the message is one sentence naming the file and what to do. */
public class GeoJsonFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public GeoJsonFormatException(String sentence) {
        super(sentence);
    }

    public GeoJsonFormatException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
