package org.geoprospect.tour;

import java.util.List;
import java.util.Objects;

/**
 * One place to visit, with what the sheet may print of it: the personal fields arrive already
 * approved by {@code privacy.FieldVisitContacts} (null when not approved), never raw. The commune and
 * the WGS84 position are printed when no address is: with them a rep finds the door.
 *
 * @param code          the household's anonymous code or the client's code
 * @param kind          household or client
 * @param x             easting in the project CRS
 * @param y             northing in the project CRS
 * @param lon           WGS84 longitude
 * @param lat           WGS84 latitude
 * @param commune       the commune's name, "" when unknown (clients)
 * @param name          approved name (household) or company name (client), or null
 * @param address       approved address on one line, or null
 * @param phone         approved phone, or null
 * @param interests     interest codes ({@code model.Interests}), may be empty
 * @param clientMetrics for clients, e.g. revenue and margin; null for households
 */
public record TourStop(String code, Kind kind, double x, double y, double lon, double lat, String commune, String name,
                       String address, String phone, List<String> interests, ClientMetrics clientMetrics) {
    public TourStop {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        commune = commune == null ? "" : commune;
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    /** What the stop is. */
    public enum Kind { HOUSEHOLD, CLIENT }

    /**
     * A client's figures for the sheet.
     *
     * @param category  the customer-file category code (client, prospect...)
     * @param lastOrder ISO date of the last order, or null
     */
    public record ClientMetrics(String category, double revenue, double grossMargin, int invoices, String lastOrder) {
    }

    /** The approved name, else the code: what the sheet prints as the stop's label. */
    public String label() {
        return name != null ? name : code;
    }

    @Override
    public String toString() {
        return "TourStop[code=" + code + ", kind=" + kind + ", personal fields hidden]";
    }
}
