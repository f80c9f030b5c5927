package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.ImageAssert;
import org.geoprospect.render.MapRenderer;
import org.geoprospect.render.RasterCanvas;
import org.geoprospect.render.Viewport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo project's full extent, drawn headless, compared with a golden image: catches any change
 * in the demo data, the import (reprojection) or the default styles.
 */
class DemoMapGoldenTest {
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

    @Test
    void fullExtentMatchesTheGoldenImage() throws Exception {
        RasterCanvas canvas = new RasterCanvas(800, 520);
        new MapRenderer().render(content, Viewport.fitting(content.fullExtent(), 800, 520), canvas, ProgressMonitor.NONE);
        ImageAssert.assertMatchesGolden(canvas, "org/geoprospect/service/demo-full-extent.png", ImageAssert.Tolerance.DEFAULT);
    }

    @Test
    void mapContentHoldsTheFiveLayersInDrawingOrder() {
        assertEquals(java.util.List.of("territory", "sectors", "roads", "railways", "communes"),
                content.layers().stream().map(layer -> layer.info().name()).toList());
        assertEquals(2154, content.projectSrid());
    }
}
