package org.geoprospect.geo.crs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Searches the EPSG codes and names CTS knows, for the "choose a CRS" dialog shown when a layer has no
 * usable {@code .prj}.
 *
 * <p>A query is split into words; an entry matches when every word is its code or appears in its name,
 * ignoring case, accents and punctuation ("lambert 93", "utm 31n", "2154", "étendu"). Results come in
 * this order: the exact code asked for, the CRSs of {@link CrsCatalogue} (the usual ones), the others,
 * deprecated codes last; then by code. Stateless and thread-safe.
 */
public final class CrsSearch {
    /** Enough to fill a dialog list; a longer list is not read. */
    public static final int DEFAULT_LIMIT = 100;

    private CrsSearch() {
    }

    /** {@link #searchable(String, int)} with {@link #DEFAULT_LIMIT}. */
    public static List<EpsgEntry> searchable(String query) {
        return searchable(query, DEFAULT_LIMIT);
    }

    /**
     * Returns the entries matching the query, best first.
     *
     * @param query words to look for; null or blank lists the catalogue's CRSs
     * @param limit the largest number of results, at least 1
     */
    public static List<EpsgEntry> searchable(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("The result limit must be at least 1, not " + limit + ".");
        }
        List<String> words = new ArrayList<>();
        if (query != null) {
            for (String word : query.trim().split("\\s+")) {
                String normalised = GeodeticDatum.normalise(word);
                if (!normalised.isEmpty()) {
                    words.add(normalised);
                }
            }
        }
        CrsCatalogue catalogue = CrsCatalogue.standard();
        List<EpsgEntry> hits = new ArrayList<>();
        for (EpsgEntry entry : CtsEpsgRegistry.entries()) {
            boolean match = words.isEmpty() ? catalogue.definition(entry.code()).isPresent() : matches(entry, words);
            if (match) {
                hits.add(entry);
            }
        }
        String exactCode = words.size() == 1 ? words.get(0) : "";
        hits.sort(Comparator
                .comparing((EpsgEntry e) -> !String.valueOf(e.code()).equals(exactCode))
                .thenComparing(e -> catalogue.definition(e.code()).isEmpty())
                .thenComparing(EpsgEntry::deprecated)
                .thenComparingInt(EpsgEntry::code));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    private static boolean matches(EpsgEntry entry, List<String> words) {
        String code = String.valueOf(entry.code());
        String name = GeodeticDatum.normalise(entry.name());
        for (String word : words) {
            if (!code.equals(word) && !name.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
