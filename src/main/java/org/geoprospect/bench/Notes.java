package org.geoprospect.bench;

/** Joins the optional notes of a benchmark row. Stateless. */
final class Notes {
    private Notes() {
    }

    /** The non-null parts joined by "; ", or null when all are null. */
    static String join(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part == null || part.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(part);
        }
        return text.length() == 0 ? null : text.toString();
    }
}
