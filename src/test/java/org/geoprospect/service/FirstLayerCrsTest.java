package org.geoprospect.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geoprospect.model.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** A project created without a CRS takes it from its first layer; one created with a CRS keeps it. */
class FirstLayerCrsTest {
    @TempDir
    Path dir;

    @Test
    void theChoiceFollowsTheDataExtent() {
        assertEquals(2154, ProjectCrsChoice.forExtent(new Envelope(-1.2, 0.3, 46.9, 47.9)), "Maine-et-Loire");
        assertEquals(32619, ProjectCrsChoice.forExtent(new Envelope(-71.4, -71.1, 46.7, 46.9)), "Québec city: UTM 19N");
        assertEquals(32756, ProjectCrsChoice.forExtent(new Envelope(151.0, 151.3, -34.0, -33.7)), "Sydney: UTM 56S");
        assertEquals(3857, ProjectCrsChoice.forExtent(new Envelope(-120, 140, -40, 60)), "world-wide");
    }

    @Test
    void anEmptyProjectAdoptsTheUtmZoneOfItsFirstLayer() throws IOException {
        Path project = dir.resolve("quebec");
        new ProjectService().create(project, false, null, ProgressMonitor.NONE);
        LayerImportReport report = new ImportService().importLayer(project, points(-71.2, 46.8, -71.25, 46.82), "shops", null, null,
                ProgressMonitor.NONE);
        assertEquals(2, report.imported());
        MapContent content = new ProjectService().mapContent(project, ProgressMonitor.NONE);
        assertEquals(32619, content.projectSrid());
        // UTM 19N eastings near -71.2° are about 330 km; northings about 5,190 km.
        Envelope extent = content.layers().get(0).info().extent();
        assertEquals(330_000, extent.getMinX(), 10_000);
        assertEquals(5_190_000, extent.getMinY(), 10_000);
    }

    @Test
    void aProjectCreatedWithACrsKeepsIt() throws IOException {
        Path project = dir.resolve("fixed");
        new ProjectService().create(project, false, 2154, ProgressMonitor.NONE);
        new ImportService().importLayer(project, points(-71.2, 46.8, -71.25, 46.82), "shops", null, null, ProgressMonitor.NONE);
        assertEquals(2154, new ProjectService().mapContent(project, ProgressMonitor.NONE).projectSrid());
    }

    @Test
    void onlyTheFirstLayerChooses() throws IOException {
        Path project = dir.resolve("france");
        new ProjectService().create(project, false, null, ProgressMonitor.NONE);
        new ImportService().importLayer(project, points(-0.55, 47.47, -0.5, 47.4), "angers", null, null, ProgressMonitor.NONE);
        new ImportService().importLayer(project, points(-71.2, 46.8, -71.25, 46.82), "quebec", null, null, ProgressMonitor.NONE);
        MapContent content = new ProjectService().mapContent(project, ProgressMonitor.NONE);
        assertEquals(2154, content.projectSrid());
        assertEquals(2, content.layers().size());
    }

    private Path points(double lon1, double lat1, double lon2, double lat2) throws IOException {
        Path file = Files.createTempFile(dir, "points", ".geojson");
        Files.writeString(file, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"n": 1}, "geometry": {"type": "Point", "coordinates": [%s, %s]}},
                 {"type": "Feature", "properties": {"n": 2}, "geometry": {"type": "Point", "coordinates": [%s, %s]}}]}
                """.formatted(lon1, lat1, lon2, lat2));
        return file;
    }
}
