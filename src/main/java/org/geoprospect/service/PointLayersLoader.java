package org.geoprospect.service;

import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.render.points.ClientSizing;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.CompetitorRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;

/**
 * Loads a project's households once into the in-memory columns and packed index (what makes the
 * map and the selections interactive at a million households), with its clients and competitors.
 */
final class PointLayersLoader {
    private PointLayersLoader() {
    }

    static PointLayers load(ProjectDatabase database, ProgressMonitor monitor) {
        HouseholdRepository repository = new HouseholdRepository(database);
        long count = repository.count();
        HouseholdColumns households = null;
        PackedPointIndex index = null;
        if (count > 0) {
            HouseholdColumnsBuilder builder = HouseholdColumns.builder((int) Math.min(count, Integer.MAX_VALUE - 8));
            repository.forEach(builder::add, monitor);
            households = builder.build();
            index = PackedPointIndex.of(households);
        }
        return new PointLayers(households, index, null, new ClientRepository(database).findAll(),
                new CompetitorRepository(database).findAll(), ClientSizing.NONE);
    }
}
