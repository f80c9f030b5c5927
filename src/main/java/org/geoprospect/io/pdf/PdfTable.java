package org.geoprospect.io.pdf;

import java.util.List;
import java.util.Objects;

/**
 * A table printed over as many pages as it needs, headers repeated on each page.
 *
 * @param title   printed above the table on every page
 * @param headers column headers
 * @param widths  relative column widths (same count as headers)
 * @param rows    cells as text (null prints empty); a cell too wide for its column is cut with "…"
 */
public record PdfTable(String title, List<String> headers, double[] widths, List<List<String>> rows) {
    public PdfTable {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        widths = widths.clone();
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("The table has " + headers.size() + " headers but " + widths.length + " widths.");
        }
        rows = List.copyOf(rows);
    }
}
