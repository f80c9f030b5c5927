package org.geoprospect.io.shp;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects warnings of one read, keeping the first ones word for word and counting the rest, so a
 * damaged file of millions of records cannot fill the memory with messages, yet nothing is lost
 * silently: {@link #toList()} ends with a sentence giving the number left out. Not thread-safe.
 */
final class ReadWarnings {
    static final int MAX_KEPT = 100;

    private final List<String> kept = new ArrayList<>();
    private long nullShapes;
    private long omitted;

    void add(String sentence) {
        if (kept.size() < MAX_KEPT) {
            kept.add(sentence);
        } else {
            omitted++;
        }
    }

    /** Records a null shape; the first ones are listed, all are counted in the summary. */
    void nullShape(String fileName, long recordNumber) {
        nullShapes++;
        add("Record " + recordNumber + " of " + fileName + " has no geometry (null shape) and was skipped.");
    }

    long nullShapeCount() {
        return nullShapes;
    }

    /** The kept warnings, followed by a summary when some were left out. */
    List<String> toList() {
        List<String> all = new ArrayList<>(kept);
        if (omitted > 0) {
            all.add(omitted + " more warnings were not listed" + (nullShapes > 0
                    ? "; in all " + nullShapes + " records had no geometry and were skipped." : "."));
        }
        return List.copyOf(all);
    }
}
