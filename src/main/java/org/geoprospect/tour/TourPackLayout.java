package org.geoprospect.tour;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything of a tour pack's PDF goes, decided before anything is drawn, so that the contact
 * sheet and the stops CSV can name the page and detail map of each stop: for each day, its map page,
 * then its detail maps ({@link StopExtracts}) {@value #EXTRACTS_PER_PAGE} to a page; the contact sheet
 * follows. Pages are numbered from 1. Immutable.
 */
final class TourPackLayout {
    /** Detail maps on one page (two by two). */
    static final int EXTRACTS_PER_PAGE = 4;
    /** Pixels of a map page's picture (the PDF scales it to the page). */
    static final int PAGE_WIDTH = 1640;
    static final int PAGE_HEIGHT = 1000;
    /** Pixels of one detail map within its quarter of a page, and of its caption above it. */
    static final int EXTRACT_WIDTH = 800;
    static final int EXTRACT_HEIGHT = 446;
    static final int CAPTION_HEIGHT = 40;

    /**
     * One day's pages.
     *
     * @param mapPage        the page of the day's map
     * @param extracts       the day's detail maps
     * @param firstExtractPage the page of its first detail maps
     */
    record DayLayout(DayPlan day, int mapPage, List<StopExtracts.Extract> extracts, int firstExtractPage) {
        DayLayout {
            extracts = List.copyOf(extracts);
        }

        /** Pages of detail maps. */
        int extractPages() {
            return (extracts.size() + EXTRACTS_PER_PAGE - 1) / EXTRACTS_PER_PAGE;
        }

        /** The page of the {@code index}-th detail map. */
        int pageOfExtract(int index) {
            return firstExtractPage + index / EXTRACTS_PER_PAGE;
        }

        /** The detail map (index into {@link #extracts}) of the stop at this position of the day. */
        int extractOfStop(int position) {
            for (int e = 0; e < extracts.size(); e++) {
                for (int s : extracts.get(e).stops()) {
                    if (s == position) {
                        return e;
                    }
                }
            }
            throw new IllegalArgumentException("No detail map holds stop " + (position + 1) + " of day " + day.day() + ".");
        }
    }

    private final List<DayLayout> days;
    private final int mapPages;

    private TourPackLayout(List<DayLayout> days, int mapPages) {
        this.days = List.copyOf(days);
        this.mapPages = mapPages;
    }

    /** The layout of a pack's days. */
    static TourPackLayout of(TourPackWriter.Pack pack) {
        List<DayLayout> days = new ArrayList<>();
        int page = 1;
        double aspect = (double) EXTRACT_HEIGHT / EXTRACT_WIDTH;
        for (DayPlan day : pack.days()) {
            int[] stops = day.stops();
            double[] xs = new double[stops.length];
            double[] ys = new double[stops.length];
            for (int i = 0; i < stops.length; i++) {
                xs[i] = pack.xs()[stops[i]];
                ys[i] = pack.ys()[stops[i]];
            }
            DayLayout layout = new DayLayout(day, page, StopExtracts.of(day.day(), xs, ys, aspect), page + 1);
            days.add(layout);
            page += 1 + layout.extractPages();
        }
        return new TourPackLayout(days, page - 1);
    }

    List<DayLayout> days() {
        return days;
    }

    /** The number of map pages (day maps and detail maps) before the contact sheet. */
    int mapPages() {
        return mapPages;
    }
}
