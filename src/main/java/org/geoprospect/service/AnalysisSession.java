package org.geoprospect.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.geoprospect.analysis.AnalysisData;
import org.geoprospect.analysis.criteria.ClientCriteriaEvaluator;
import org.geoprospect.analysis.criteria.ContactHistory;
import org.geoprospect.analysis.criteria.Criteria;
import org.geoprospect.analysis.criteria.HouseholdCriteriaEvaluator;
import org.geoprospect.analysis.criteria.ObjectionFilter;
import org.geoprospect.analysis.huff.EscapeColumns;
import org.geoprospect.analysis.huff.HuffParameters;
import org.geoprospect.analysis.potential.SectorPotential;
import org.geoprospect.analysis.potential.SectorPotentialCalculator;
import org.geoprospect.analysis.selection.GeometrySelector;
import org.geoprospect.analysis.selection.ShapeSelections;
import org.geoprospect.analysis.selection.ShapeSpec;
import org.geoprospect.analysis.definition.TargetDefinition;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.index.HouseholdColumns;
import org.geoprospect.index.HouseholdColumnsBuilder;
import org.geoprospect.index.PackedPointIndex;
import org.geoprospect.index.Selection;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.store.ClientRepository;
import org.geoprospect.store.CompetitorRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.SectorRepository;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTWriter;

/**
 * A project's data loaded once for interactive targeting: the households' columns and index, the
 * customer file, competitors and sectors, with the derived columns computed on first use. The map's
 * selection tools and the criteria panel call these methods on a background thread; each call is a
 * few bit-set loops over the columns (no database access once loaded).
 *
 * <p>Thread-safe (see {@link AnalysisData}). The session holds no database connection: reload it after
 * an import to see the new data.
 */
public final class AnalysisSession {
    private final AnalysisData data;

    public AnalysisSession(AnalysisData data) {
        this.data = Objects.requireNonNull(data, "data");
    }

    /**
     * Loads an open project: households (streamed into columns, then indexed), clients, competitors and
     * sectors.
     *
     * @throws org.geoprospect.model.CancelledException when cancelled while reading households
     */
    public static AnalysisSession load(ProjectDatabase database, Clock clock, ObjectionFilter objections,
                                       ContactHistory history, ProgressMonitor monitor) {
        HouseholdRepository repository = new HouseholdRepository(database);
        HouseholdColumnsBuilder builder = HouseholdColumns.builder((int) Math.min(repository.count() + 16, Integer.MAX_VALUE - 8));
        repository.forEach(builder::add, monitor);
        HouseholdColumns households = builder.build();
        return new AnalysisSession(new AnalysisData(households, PackedPointIndex.of(households),
                new ClientRepository(database).findAll(), new CompetitorRepository(database).findAll(),
                new SectorRepository(database).findAll(), database.projectSrid(), clock, objections, history));
    }

    /** The loaded data, for analyses not wrapped here. */
    public AnalysisData data() {
        return data;
    }

    /** What the map's shapes select (add / subtract / intersect applied in order; no shape = everything). */
    public ShapeSelections select(List<ShapeSpec> shapes) {
        return GeometrySelector.select(shapes, data);
    }

    /** The households matching the criteria, anywhere on the territory. */
    public Selection households(Criteria criteria, HuffParameters huff) {
        return HouseholdCriteriaEvaluator.evaluate(criteria, data, huff);
    }

    /** The clients matching the criteria that apply to clients, anywhere on the territory. */
    public Selection clients(Criteria criteria) {
        return ClientCriteriaEvaluator.evaluate(criteria, data);
    }

    /** A target's households and clients: its shapes' selections intersected with its criteria and its map selection. */
    public ShapeSelections evaluate(TargetDefinition definition) {
        ShapeSelections shapes = select(definition.shapes());
        Selection households = shapes.households().and(households(definition.criteria(), definition.huff()));
        Selection clients = shapes.clients().and(clients(definition.criteria()));
        if (!definition.selection().isEmpty()) {
            ShapeSelections selected = select(definition.selection());
            households = households.and(selected.households());
            clients = clients.and(selected.clients());
        }
        return new ShapeSelections(households, clients);
    }

    /** The area a selection shape covers in the project CRS, for its outline on the map (empty for a commune). */
    public java.util.Optional<Geometry> outline(ShapeSpec shape) {
        return GeometrySelector.outline(shape, data);
    }

    /** The escaping-prospect columns (nearest competitor and own site, ratio, P(us)) for every household. */
    public EscapeColumns escapeColumns(HuffParameters parameters) {
        return data.escapeColumns(parameters);
    }

    /**
     * Each sector's potential for the households matching a target (exact counts: show them through
     * {@code SectorPotentialRow}, which masks counts under 10).
     */
    public List<SectorPotential> sectorPotential(TargetDefinition definition) {
        return SectorPotentialCalculator.compute(data, evaluate(definition).households());
    }

    /**
     * A shape drawn on the map (project CRS: polygon, lasso or rectangle) as the WGS84 polygon a saved
     * target keeps.
     */
    public ShapeSpec polygonShape(Geometry projectGeometry) {
        Geometry lonLat = new GeometryReprojector(CoordinateTransform.between(data.projectSrid(), Srids.WGS84))
                .reproject(projectGeometry);
        return ShapeSpec.polygon(new WKTWriter().write(lonLat));
    }

    /** A disc drawn on the map (centre in the project CRS) as the WGS84 circle a saved target keeps. */
    public ShapeSpec circleShape(double centreX, double centreY, double radiusKm) {
        double[] lonLat = CoordinateTransform.between(data.projectSrid(), Srids.WGS84).transform(centreX, centreY);
        return ShapeSpec.circle(lonLat[0], lonLat[1], radiusKm);
    }

    /** The sector whose polygon holds the clicked point (project CRS), or null: for the sector click tool. */
    public String sectorAt(double x, double y) {
        var point = new org.locationtech.jts.geom.GeometryFactory().createPoint(new org.locationtech.jts.geom.Coordinate(x, y));
        for (var sector : data.sectors()) {
            if (sector.area().covers(point)) {
                return sector.code();
            }
        }
        return null;
    }
}
