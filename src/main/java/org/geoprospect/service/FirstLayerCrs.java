package org.geoprospect.service;

import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.ProjectSettings;
import org.geoprospect.store.StatsRepository;
import org.locationtech.jts.geom.Envelope;

/**
 * Gives a project created without a CRS the CRS of its first layer ({@link ProjectCrsChoice}): while
 * the project is still empty, its database is recreated in the chosen CRS — nothing is lost, since
 * an empty project holds nothing but its name.
 */
final class FirstLayerCrs {
    private FirstLayerCrs() {
    }

    static void adoptIfPending(java.nio.file.Path projectDir, LayerFile source, Integer sridOverride) {
        String name;
        int chosen;
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            ProjectSettings settings = new ProjectSettings(database);
            if (!settings.get(ProjectSettings.CRS_FROM_FIRST_LAYER).map(Boolean::parseBoolean).orElse(false)) {
                return;
            }
            org.geoprospect.store.ProjectStats counts = new StatsRepository(database).stats();
            if (counts.layers() + counts.households() + counts.clients() + counts.competitors() + counts.sectors() > 0) {
                settings.put(ProjectSettings.CRS_FROM_FIRST_LAYER, "false");
                return;
            }
            int sourceSrid = LayerImport.sourceSrid(source, sridOverride);
            chosen = ProjectCrsChoice.forExtent(extent4326(source, sourceSrid));
            if (chosen == database.projectSrid()) {
                settings.put(ProjectSettings.CRS_FROM_FIRST_LAYER, "false");
                return;
            }
            name = database.projectName();
        }
        ProjectService.recreateEmpty(projectDir, chosen, name);
    }

    private static Envelope extent4326(LayerFile source, int sourceSrid) {
        Envelope extent = new Envelope();
        for (VectorFeature feature : source.features()) {
            extent.expandToInclude(feature.geometry().getEnvelopeInternal());
        }
        return new GeometryReprojector(CoordinateTransform.between(sourceSrid, Srids.WGS84)).reproject(extent);
    }
}
