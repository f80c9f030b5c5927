package org.geoprospect.geo;

import java.util.List;

/**
 * A French commune with the position of its town centre (WGS84).
 *
 * @param insee        INSEE code (5 characters, e.g. "49007")
 * @param departement  département code (e.g. "49")
 * @param postalCodes  postal codes served, never empty
 */
public record Commune(String insee, String name, String departement, List<String> postalCodes,
                      int population, double lon, double lat) {
    public Commune {
        postalCodes = List.copyOf(postalCodes);
    }
}
