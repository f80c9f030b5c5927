package org.geoprospect.service;

import java.util.List;
import java.util.Optional;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.crs.CrsSearch;
import org.geoprospect.geo.crs.EpsgEntry;

/**
 * Finds coordinate reference systems by EPSG code or name, for the import dialog's "choose a CRS"
 * search (see {@link CrsSearch} for the matching rules and the order of results). Stateless and
 * thread-safe; a search scans a few thousand entries, fast enough for each keystroke.
 */
public final class CrsLookupService {
    /** Enough to fill a dialog list. */
    public static final int DEFAULT_LIMIT = 60;

    /**
     * The CRSs matching the query, best first: an exact code, then the usual CRSs, then the others.
     *
     * @param query words of the name or a code; null or blank lists the usual CRSs
     * @param limit the largest number of results, at least 1
     */
    public List<CrsOption> search(String query, int limit) {
        return CrsSearch.searchable(query, limit).stream().map(CrsLookupService::option).toList();
    }

    /** The CRS with this EPSG code, when the application knows it. */
    public Optional<CrsOption> byCode(int code) {
        return CrsSearch.searchable(String.valueOf(code), 1).stream()
                .filter(e -> e.code() == code)
                .findFirst()
                .map(CrsLookupService::option)
                .or(() -> CoordinateTransform.isKnown(code) ? Optional.of(new CrsOption(code, "")) : Optional.empty());
    }

    private static CrsOption option(EpsgEntry entry) {
        return new CrsOption(entry.code(), entry.name());
    }
}
