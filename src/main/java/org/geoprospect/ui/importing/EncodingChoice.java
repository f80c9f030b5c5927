package org.geoprospect.ui.importing;

import java.nio.charset.Charset;

/**
 * An entry of the DBF encoding list: a label and the charset to force, or null for "as detected".
 *
 * @param label   what the list shows
 * @param charset the encoding to force, or null to let the reader detect it
 */
public record EncodingChoice(String label, Charset charset) {
    /** The encodings shapefiles from French and other European sources are written in. */
    static final String[] FORCEABLE = {"UTF-8", "windows-1252", "ISO-8859-1", "IBM850"};

    @Override
    public String toString() {
        return label;
    }
}
