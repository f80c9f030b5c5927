package org.geoprospect.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.model.Sector;
import org.geoprospect.render.points.PointLayers;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.SectorRepository;

/**
 * The targeting session of the map: an {@link AnalysisSession} over the households, clients and
 * competitors the map already holds in memory (so household ids and client positions are the map's,
 * and a million households are not loaded twice), plus the project's sectors read once. Thread-safe.
 */
public final class MapAnalysisLoader {
    private final Clock clock;
    private final ObjectionSource objections;

    public MapAnalysisLoader() {
        this(Clock.systemDefaultZone(), ObjectionSource.register(Clock.systemDefaultZone()));
    }

    public MapAnalysisLoader(Clock clock, ObjectionSource objections) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.objections = Objects.requireNonNull(objections, "objections");
    }

    /** Reads the project's sectors (and objections) and builds the session over the map's content; background thread. */
    public AnalysisSession load(Path projectDir, MapContent content) {
        return ProjectAccess.whenFree(() -> {
            try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
                return session(content, new SectorRepository(database).findAll(), database.projectSrid(), objections, database);
            }
        });
    }

    private AnalysisSession session(MapContent content, List<Sector> sectors, int srid, ObjectionSource source,
                                    ProjectDatabase database) {
        PointLayers points = content.points();
        HouseholdColumns households = points.households() != null ? points.households() : HouseholdColumns.builder(1).build();
        PackedPointIndex index = points.householdIndex() != null ? points.householdIndex() : PackedPointIndex.of(households);
        return new AnalysisSession(new AnalysisData(households, index, points.clients(), points.competitors(), sectors,
                srid, clock, source.open(database), ContactHistory.NONE));
    }

    /** A session over content and sectors already in memory (tests, projects without a folder). */
    public AnalysisSession of(MapContent content, List<Sector> sectors) {
        PointLayers points = content.points();
        HouseholdColumns households = points.households() != null ? points.households() : HouseholdColumns.builder(1).build();
        PackedPointIndex index = points.householdIndex() != null ? points.householdIndex() : PackedPointIndex.of(households);
        return new AnalysisSession(new AnalysisData(households, index, points.clients(), points.competitors(), sectors,
                content.projectSrid(), clock, org.geoprospect.analysis.criteria.ObjectionFilter.NONE, ContactHistory.NONE));
    }
}
