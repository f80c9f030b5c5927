package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.geoprospect.model.Competitor;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.RenderResult;
import org.geoprospect.render.Viewport;
import org.geoprospect.render.labels.LabelRanks;
import org.geoprospect.render.labels.PlacedLabel;
import org.geoprospect.render.labels.ScreenBox;
import org.geoprospect.render.points.PointLayersOverlay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labels of the demo map, counted from the placer of real renders: at the full extent in 800 × 520 and
 * 1920 × 1080, and zoomed in twice and four times on Angers (where the clients, two competitors and the
 * communes crowd), no two placed labels intersect, none covers a client's or a competitor's marker — checked
 * against the markers' own pixels, painted apart — and every competitor in view keeps its name.
 */
class DemoLabelPlacementTest {
    @TempDir
    static Path dir;
    private static MapContent content;

    @BeforeAll
    static void createDemo() throws Exception {
        Path project = dir.resolve("demo");
        ProjectService projects = new ProjectService();
        projects.create(project, true, ProgressMonitor.NONE);
        content = projects.mapContent(project, ProgressMonitor.NONE);
    }

    static Stream<Arguments> views() {
        List<Arguments> views = new ArrayList<>();
        for (int[] size : new int[][] {{800, 520}, {1920, 1080}}) {
            for (double zoom : new double[] {1, 2, 4}) {
                views.add(Arguments.of(size[0], size[1], zoom));
            }
        }
        return views.stream();
    }

    /** The full extent, or zoomed by {@code zoom} around the competitor nearest Angers' centre. */
    private static Viewport view(int width, int height, double zoom) {
        Viewport full = Viewport.fitting(content.fullExtent(), width, height);
        if (zoom == 1) {
            return full;
        }
        Competitor angers = content.points().competitors().stream().filter(c -> c.name().endsWith("Angers")).findFirst()
                .orElseThrow();
        return full.zoomAround(full.toScreenX(angers.x()), full.toScreenY(angers.y()), zoom);
    }

    @ParameterizedTest(name = "{0} x {1}, zoom {2}")
    @MethodSource("views")
    void labelsNeverCollideNorCoverAMarkerAndCompetitorsKeepTheirNames(int width, int height, double zoom) {
        Viewport v = view(width, height, zoom);
        RenderResult result = new MapRenderer().render(content, v, new RasterCanvas(width, height), ProgressMonitor.NONE);
        List<PlacedLabel> placed = result.labels().placed();
        assertTrue(placed.size() > 20, "labels placed: " + placed.size());
        for (int i = 0; i < placed.size(); i++) {
            assertTrue(placed.get(i).box().within(width, height));
            for (int j = i + 1; j < placed.size(); j++) {
                assertFalse(placed.get(i).box().intersects(placed.get(j).box()),
                        placed.get(i).request().text() + " and " + placed.get(j).request().text() + " collide");
            }
        }

        // The clients' diamonds and competitors' squares alone, as the map paints them.
        RasterCanvas markers = new RasterCanvas(width, height);
        new PointLayersOverlay(content.points()).paintMarkers(markers, v, ProgressMonitor.NONE);
        int markerPixels = 0;
        for (int p : markers.pixels()) {
            markerPixels += (p >>> 24) > 64 ? 1 : 0;
        }
        assertTrue(markerPixels > 500, "markers painted: " + markerPixels + " px");
        for (PlacedLabel label : placed) {
            ScreenBox box = label.box();
            for (int y = (int) Math.floor(box.minY()); y < box.maxY(); y++) {
                for (int x = (int) Math.floor(box.minX()); x < box.maxX(); x++) {
                    boolean centreInside = x + 0.5 > box.minX() && x + 0.5 < box.maxX() && y + 0.5 > box.minY()
                            && y + 0.5 < box.maxY();
                    if (centreInside && (markers.pixels()[y * width + x] >>> 24) > 64) {
                        throw new AssertionError(label.request().text() + " covers a marker at pixel " + x + "," + y);
                    }
                }
            }
        }

        int competitorsInView = 0;
        for (Competitor c : content.points().competitors()) {
            double x = v.toScreenX(c.x());
            double y = v.toScreenY(c.y());
            if (x < 0 || y < 0 || x > width || y > height) {
                continue;
            }
            competitorsInView++;
            assertTrue(placed.stream().anyMatch(p -> p.request().rank() == LabelRanks.COMPETITOR
                    && p.request().text().equals(c.name())), c.name() + " lost its label");
        }
        assertTrue(competitorsInView >= 2, "competitors in view: " + competitorsInView);
    }
}
