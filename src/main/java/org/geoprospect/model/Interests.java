package org.geoprospect.model;

import java.util.List;

/** The fixed vocabulary of household interests used by the demo data and the criteria. */
public final class Interests {
    /** Every known interest code, in display order. */
    public static final List<String> VOCABULARY = List.of(
            "picnic", "mountain_bike", "hiking", "camping", "fishing", "gardening", "diy", "cooking",
            "wine", "running", "swimming", "photography", "reading", "music", "travel", "pets");

    /** The separator between interest codes inside one CSV cell. */
    public static final String SEPARATOR = "|";

    private Interests() {
    }
}
