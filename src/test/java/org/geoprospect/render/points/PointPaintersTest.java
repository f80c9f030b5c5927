package org.geoprospect.render.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.geoprospect.analysis.aggregation.DotSize;
import org.geoprospect.analysis.aggregation.ProspectDot;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.CancelledException;
import org.geoprospect.model.Client;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ContactCategory;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelPlacement;
import org.geoprospect.render.labels.LabelPlacer;
import org.geoprospect.render.labels.LabelRanks;
import org.geoprospect.render.labels.PlacedLabel;
import org.junit.jupiter.api.Test;

/**
 * Pixel checks: a 200 x 100 image at 1 m per pixel whose top-left corner is world (0, 100), so the
 * world point (x, y) falls in pixel (x, 100 - y) — the pixel whose centre is (x + 0.5, 100 - y + 0.5).
 */
class PointPaintersTest {
    private static final int WHITE = 0xFFFFFFFF;
    private static final Viewport VIEW = Viewport.of(100, 50, 1, 200, 100);

    private static RasterCanvas whiteCanvas() {
        RasterCanvas canvas = new RasterCanvas(200, 100);
        canvas.fill(WHITE);
        return canvas;
    }

    @Test
    void aLargeDotHasItsColourAtItsCentreAndBackgroundJustOutside() {
        RasterCanvas canvas = whiteCanvas();
        int drawn = new ProspectDotPainter().paint(canvas, VIEW, List.of(new ProspectDot(50, 50, DotSize.LARGE, 60)),
                ProgressMonitor.NONE);
        assertEquals(1, drawn);
        assertEquals(PointStyles.DOT_FILL, canvas.argbAt(50, 50));
        assertEquals(PointStyles.DOT_FILL, canvas.argbAt(55, 50), "well inside the 10 px radius");
        int r = DotSize.LARGE.pixelRadius();
        assertEquals(WHITE, canvas.argbAt(50 + r + 1, 50));
        assertEquals(WHITE, canvas.argbAt(50, 50 - r - 1));
        assertNotEquals(WHITE, canvas.argbAt(50 + r - 1, 50), "the rim is drawn");
    }

    @Test
    void dotSizesHaveTheirOwnRadii() {
        RasterCanvas canvas = whiteCanvas();
        new ProspectDotPainter().paint(canvas, VIEW, List.of(new ProspectDot(30, 50, DotSize.SMALL, 10),
                new ProspectDot(100, 50, DotSize.MEDIUM, 25)), ProgressMonitor.NONE);
        assertEquals(WHITE, canvas.argbAt(30 + 6, 50), "a small dot (4 px) does not reach 6 px");
        assertNotEquals(WHITE, canvas.argbAt(100 + 6, 50), "a medium dot (7 px) does");
    }

    @Test
    void clientMarkersTakeTheirCategoryColour() {
        List<Client> clients = new ArrayList<>();
        ContactCategory[] categories = ContactCategory.values();
        for (int k = 0; k < categories.length; k++) {
            clients.add(new Client("C" + k, "Client " + k, categories[k], "retail", 0, 0, 20 + 25 * k, 50,
                    1000, 100, 3, null, null, 0, false, false));
        }
        RasterCanvas canvas = whiteCanvas();
        int drawn = new ClientMarkerPainter().paint(canvas, VIEW, clients, ClientSizing.NONE, ProgressMonitor.NONE);
        assertEquals(categories.length, drawn);
        for (int k = 0; k < categories.length; k++) {
            assertEquals(PointStyles.categoryColor(categories[k]), canvas.argbAt(20 + 25 * k, 50), categories[k].name());
        }
    }

    @Test
    void clientMarkersGrowWithRevenue() {
        assertEquals(ClientMarkerPainter.MIN_RADIUS, ClientMarkerPainter.radius(0, 100));
        assertEquals(ClientMarkerPainter.MAX_RADIUS, ClientMarkerPainter.radius(100, 100));
        // a quarter of the largest value: half way in radius (area proportional to the value)
        assertEquals((ClientMarkerPainter.MIN_RADIUS + ClientMarkerPainter.MAX_RADIUS) / 2, ClientMarkerPainter.radius(25, 100));
    }

    @Test
    void aCompetitorIsARedSquare() {
        RasterCanvas canvas = whiteCanvas();
        int drawn = new CompetitorPainter().paint(canvas, VIEW,
                List.of(new Competitor("K1", "Rival", "Brand", 0, 0, 100, 50, 1)), ProgressMonitor.NONE);
        assertEquals(1, drawn);
        assertEquals(PointStyles.COMPETITOR_FILL, canvas.argbAt(100, 50));
        // a square, not a disc: its corner region is red too
        assertEquals(PointStyles.COMPETITOR_FILL, canvas.argbAt(100 + 5, 50 + 5));
        assertEquals(WHITE, canvas.argbAt(100 - CompetitorPainter.HALF_SIDE - 2, 50 + CompetitorPainter.HALF_SIDE + 2));
    }

    @Test
    void householdMarkersFollowTheFilter() {
        PackedPointIndex index = PackedPointIndex.build(new double[] {20, 60, 120}, new double[] {50, 50, 50});
        RasterCanvas canvas = whiteCanvas();
        int shown = new HouseholdMarkerPainter().paint(canvas, VIEW, index, Selection.of(3, 0, 2), ProgressMonitor.NONE);
        assertEquals(2, shown);
        assertEquals(PointStyles.HOUSEHOLD_FILL, canvas.argbAt(20, 50));
        assertEquals(WHITE, canvas.argbAt(60, 50), "filtered out");
        assertEquals(PointStyles.HOUSEHOLD_FILL, canvas.argbAt(120, 50));
    }

    @Test
    void markersAtTheImageEdgeAreClipped() {
        PackedPointIndex index = PackedPointIndex.build(new double[] {0, 199.9, 100}, new double[] {100, 0.1, -2});
        RasterCanvas canvas = whiteCanvas();
        int shown = new HouseholdMarkerPainter().paint(canvas, VIEW, index, null, ProgressMonitor.NONE);
        assertEquals(3, shown);
        assertEquals(PointStyles.HOUSEHOLD_FILL, canvas.argbAt(0, 0));
        assertEquals(PointStyles.HOUSEHOLD_FILL, canvas.argbAt(199, 99));
    }

    @Test
    void plottingStopsWhenCancelled() {
        int n = 200_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 200;
            y[i] = i / 2000;
        }
        PackedPointIndex index = PackedPointIndex.build(x, y);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class,
                () -> new HouseholdMarkerPainter().paint(whiteCanvas(), VIEW, index, null, cancelled));
    }

    @Test
    void householdsAreLabelledWithCodeAndInterestsOnlyAtLargeScales() {
        HouseholdColumnsBuilder builder = HouseholdColumns.builder();
        builder.add(new Household("H0000042", 0, 0, 50, 50, "49007", List.of("picnic", "mountain_bike"), 2, null, null,
                java.util.Map.of(), null, null));
        HouseholdColumns households = builder.build();
        PackedPointIndex index = PackedPointIndex.of(households);
        Viewport fine = VIEW; // 1 m per pixel ≈ 1:3,780
        LabelPlacer placer = new LabelPlacer(200, 100);
        assertEquals(1, HouseholdLabels.collect(placer, fine, index, households, null, 3));
        LabelPlacement placement = placer.place();
        assertEquals(1, placement.size());
        PlacedLabel label = placement.placed().get(0);
        assertEquals("H0000042 \u00b7 picnic, mtb", label.request().text());
        assertEquals(LabelRanks.DETAIL, label.request().rank());
        // world (50, 50) is screen (50, 50): the first free position is above and to the right of the marker
        assertTrue(label.box().minX() > 50 + 2 && label.box().maxY() < 50 - 2, "box " + label.box());
        Viewport coarse = VIEW.withMetresPerPixel(10);
        LabelPlacer none = new LabelPlacer(200, 100);
        assertEquals(0, HouseholdLabels.collect(none, coarse, index, households, null, 3));
        assertEquals(0, none.requestCount());
    }
}
