package org.geoprospect.render.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.geoprospect.analysis.aggregation.DotSize;
import org.geoprospect.analysis.aggregation.ProspectDot;
import org.geoprospect.analysis.aggregation.ProspectDots;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.Colors;
import org.geoprospect.render.MapOverlay;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.junit.jupiter.api.Test;

/**
 * What hides what on the map, as the window builds its overlays (point layers, then the selection): prospect dots
 * and selected households are the ground, clients go over them and competitors over everything, at overview
 * scales and zoomed in to households.
 */
class PointDrawOrderTest {
    /** 60 households at one place, all selected; a competitor on their centroid and a client on their 50-dot. */
    private static final int HOUSEHOLDS = 60;

    private static HouseholdColumns households(double x, double y) {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            builder.add(new Household(String.format("H%07d", i + 1), 0, 0, x + (i % 6) * 3, y + (i / 6) * 3, "49007",
                    List.of("picnic"), 2, null, null, java.util.Map.of(), null, null));
        }
        return builder.build();
    }

    private static RasterCanvas render(PointLayers layers, Viewport view) {
        List<MapOverlay> overlays = List.of(new PointLayersOverlay(layers),
                new SelectionOverlay(layers, Selection.all(HOUSEHOLDS), null));
        RasterCanvas canvas = new RasterCanvas(view.width(), view.height());
        new MapRenderer().setDecorations(false).render(List.of(), overlays, view, canvas, ProgressMonitor.NONE);
        return canvas;
    }

    private static int pixelAt(RasterCanvas canvas, Viewport view, double x, double y) {
        return canvas.argbAt((int) Math.floor(view.toScreenX(x)), (int) Math.floor(view.toScreenY(y)));
    }

    @Test
    void clientsAndCompetitorsStayAboveTheDotsAndTheSelection() {
        HouseholdColumns h = households(10_000, 10_000);
        PackedPointIndex index = PackedPointIndex.of(h);
        Viewport view = Viewport.of(10_000, 10_000, 40, 300, 200); // 1:151,000: dots
        List<ProspectDot> dots = ProspectDots.aggregate(index, null, view.envelope(), view.metresPerPixel()).dots();
        assertEquals(List.of(DotSize.LARGE, DotSize.SMALL), dots.stream().map(ProspectDot::size).toList());
        ProspectDot large = dots.get(0);
        ProspectDot small = dots.get(1);
        Competitor rival = new Competitor("K1", "Rival", "Brand", 0, 0, (large.x() + small.x()) / 2, large.y(), 1);
        Client client = new Client("C1", "Client", ContactCategory.CLIENT, "retail", 0, 0, large.x(), large.y(),
                1000, 100, 3, null, null, 0, false, false);
        PointLayers layers = new PointLayers(h, index, null, List.of(client), List.of(rival), ClientSizing.NONE);
        RasterCanvas canvas = render(layers, view);

        assertEquals(PointStyles.categoryColor(ContactCategory.CLIENT), pixelAt(canvas, view, client.x(), client.y()),
                "the client's diamond over the dot and the selection's blue dot");
        assertEquals(PointStyles.COMPETITOR_FILL, pixelAt(canvas, view, rival.x(), rival.y()),
                "the competitor's square over both dots");
        // Where no marker lies, the selection's blue is over the amber dot.
        int selected = canvas.argbAt((int) Math.floor(view.toScreenX(small.x())) + 2, (int) Math.floor(view.toScreenY(small.y())));
        assertTrue(Colors.blue(selected) > Colors.red(selected), String.format("#%08x is the selection's blue", selected));
    }

    @Test
    void zoomedInTheSelectedHouseholdsStayUnderTheCompetitor() {
        HouseholdColumns h = households(10_000, 10_000);
        PackedPointIndex index = PackedPointIndex.of(h);
        Viewport view = Viewport.of(10_000, 10_000, 1, 300, 200); // 1:3,780: households
        Competitor rival = new Competitor("K1", "Rival", "Brand", 0, 0, 10_006, 10_006, 1);
        PointLayers layers = new PointLayers(h, index, null, List.of(), List.of(rival), ClientSizing.NONE);
        RasterCanvas canvas = render(layers, view);
        assertEquals(PointStyles.COMPETITOR_FILL, pixelAt(canvas, view, 10_006, 10_006),
                "a selected household on the competitor's spot does not hide it");
        int household = pixelAt(canvas, view, 10_000 + 5 * 3, 10_000 + 9 * 3);
        assertTrue(Colors.blue(household) > Colors.red(household), String.format("#%08x: a selected household", household));
    }
}
