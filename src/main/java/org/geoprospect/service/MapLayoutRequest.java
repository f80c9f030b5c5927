package org.geoprospect.service;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.geoprospect.render.layout.PageFormat;
import org.locationtech.jts.geom.Envelope;

/**
 * What {@code render} is asked for: the page, the area, the words and whether a legend goes with the map.
 *
 * @param page     the page (paper size and resolution, or pixels)
 * @param area4326 the area to show in WGS84 degrees (x = longitude), or null for the project's full extent
 * @param title    the title, or null for the project's name
 * @param date     the date printed under the title
 * @param credits  the data credits, or null for the project's ({@link MapCreditsService})
 * @param legend   whether to give the map a legend
 * @param locale   the language of the legend, the date and the default credits
 * @param clientsBySegment whether the clients are coloured by their RFM segment on {@code date} (else by category)
 */
public record MapLayoutRequest(PageFormat page, Envelope area4326, String title, LocalDate date, String credits,
                               boolean legend, Locale locale, boolean clientsBySegment) {
    public MapLayoutRequest {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(locale, "locale");
    }
}
