package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.model.VectorLayer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The project's vector layers (roads, rail, communes...): saved whole, listed in drawing order,
 * loaded whole. Geometries are stored in the project CRS, in chunks of {@value #CHUNK} features
 * ({@link LayerChunkCodec}: WKB plus typed attributes); layers saved before schema version 3 keep
 * one row per feature (geometry column plus {@link AttributeJson}) and are read as they are.
 *
 * <p>Thread-safe: each call runs on its own connection and transaction. Arguments must not be null
 * unless stated.
 */
public final class LayerRepository {
    /** Features per stored chunk: small enough to encode in a few milliseconds, large enough to make rows rare. */
    static final int CHUNK = 10_000;
    private static final String LAYER_COLUMNS = "name, geometry_type, source_srid, feature_count, draw_order, "
            + "min_x, min_y, max_x, max_y, min_lon, min_lat, max_lon, max_lat";

    private final ProjectDatabase database;

    public LayerRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Saves a layer, replacing atomically a layer of the same name (which keeps its place in the
     * drawing order; a new layer goes on top). All-or-nothing: on failure or cancel the previous
     * state remains.
     *
     * @param sourceSrid           EPSG code of the source file's CRS, 0 when unknown
     * @param extent4326           extent of the source data in WGS84 lon/lat; an empty envelope when unknown
     * @param featuresInProjectCrs features already reprojected; geometries with SRID 0 are taken as
     *                             project CRS, any other SRID than the project's is refused
     * @param monitor              progress in features; checked for cancel every 2,000 features
     * @return the stored description
     * @throws IllegalArgumentException when a feature's geometry family or SRID does not fit (the
     *                                  message names the feature)
     * @throws org.geoprospect.model.CancelledException when cancelled (nothing changed)
     * @throws StoreException           when the database fails (nothing changed)
     */
    public LayerInfo save(String name, GeometryKind kind, int sourceSrid, Envelope extent4326,
                          List<VectorFeature> featuresInProjectCrs, ProgressMonitor monitor) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(extent4326, "extent4326");
        Objects.requireNonNull(monitor, "monitor");
        Envelope extent = new Envelope();
        for (VectorFeature feature : featuresInProjectCrs) {
            extent.expandToInclude(feature.geometry().getEnvelopeInternal());
        }
        LayerInfo info = new LayerInfo(name, kind, featuresInProjectCrs.size(), sourceSrid, extent, extent4326);
        return Transactions.write(database, "save the layer '" + name + "'", connection -> {
            long layerId = insertLayerRow(connection, info, removeExisting(connection, name));
            writeFeatures(connection, layerId, info, featuresInProjectCrs, monitor);
            return info;
        });
    }

    /** Every layer's description, in drawing order (first drawn first, i.e. at the bottom). */
    public List<LayerInfo> list() {
        return Transactions.read(database, "list the layers", LayerRepository::listOn);
    }

    /** The layer with its features in id order, or empty when there is no layer of that name. */
    public Optional<VectorLayer> load(String name) {
        Objects.requireNonNull(name, "name");
        return Transactions.read(database, "load the layer '" + name + "'", connection -> {
            long layerId;
            LayerInfo info;
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + LAYER_COLUMNS + ", id FROM layer WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    info = readInfo(rs);
                    layerId = rs.getLong("id");
                }
            }
            List<VectorFeature> features = readChunks(connection, layerId, info.featureCount());
            if (features.isEmpty() && info.featureCount() > 0) {
                features = readRows(connection, layerId, info.featureCount());
            }
            return Optional.of(new VectorLayer(info, features));
        });
    }

    /** Deletes a layer and its features; returns false when there was no layer of that name. */
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        return Transactions.write(database, "delete the layer '" + name + "'",
                connection -> removeExisting(connection, name) != null);
    }

    /**
     * Sets the drawing order: the named layers are drawn in the given order (first at the bottom);
     * layers not named keep their relative order above them.
     *
     * @throws IllegalArgumentException when a name is not a layer of the project
     */
    public void reorder(List<String> bottomToTop) {
        Transactions.write(database, "reorder the layers", connection -> {
            List<String> order = new ArrayList<>(bottomToTop);
            for (LayerInfo layer : listOn(connection)) {
                if (!order.contains(layer.name())) {
                    order.add(layer.name());
                }
            }
            try (PreparedStatement ps = connection.prepareStatement("UPDATE layer SET draw_order = ? WHERE name = ?")) {
                for (int i = 0; i < order.size(); i++) {
                    ps.setInt(1, i + 1);
                    ps.setString(2, order.get(i));
                    if (ps.executeUpdate() == 0) {
                        throw new IllegalArgumentException("There is no layer named '" + order.get(i) + "' in the project.");
                    }
                }
            }
            return null;
        });
    }

    /** The layer's style as JSON, empty when none was saved (or no such layer). */
    public Optional<String> style(String name) {
        return Transactions.read(database, "read the style of layer '" + name + "'", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT style_json FROM layer WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /**
     * Saves a layer's style (JSON text, null to clear it).
     *
     * @throws IllegalArgumentException when there is no such layer
     */
    public void setStyle(String name, String styleJson) {
        Transactions.write(database, "save the style of layer '" + name + "'", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE layer SET style_json = ? WHERE name = ?")) {
                ps.setString(1, styleJson);
                ps.setString(2, name);
                if (ps.executeUpdate() == 0) {
                    throw new IllegalArgumentException("There is no layer named '" + name + "' in the project.");
                }
            }
            return null;
        });
    }

    private static List<LayerInfo> listOn(Connection connection) throws SQLException {
        List<LayerInfo> layers = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + LAYER_COLUMNS + " FROM layer ORDER BY draw_order, name")) {
            while (rs.next()) {
                layers.add(readInfo(rs));
            }
        }
        return layers;
    }

    /** Deletes the layer of that name (features cascade) and returns its draw order, or null. */
    private static Integer removeExisting(Connection connection, String name) throws SQLException {
        Integer drawOrder = null;
        try (PreparedStatement ps = connection.prepareStatement("SELECT draw_order FROM layer WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    drawOrder = rs.getInt(1);
                }
            }
        }
        if (drawOrder != null) {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM layer WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
        }
        return drawOrder;
    }

    private static long insertLayerRow(Connection connection, LayerInfo info, Integer keptDrawOrder) throws SQLException {
        int drawOrder = keptDrawOrder != null ? keptDrawOrder : nextDrawOrder(connection);
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO layer (" + LAYER_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, info.name());
            ps.setString(2, info.kind().name());
            ps.setInt(3, info.sourceSrid());
            ps.setLong(4, info.featureCount());
            ps.setInt(5, drawOrder);
            setEnvelope(ps, 6, info.extent());
            setEnvelope(ps, 10, info.extent4326());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static int nextDrawOrder(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(draw_order), 0) + 1 FROM layer")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Writes the features in chunks of {@value #CHUNK} (see {@link LayerChunkCodec}); the monitor is
     * checked for cancel between chunks.
     */
    private void writeFeatures(Connection connection, long layerId, LayerInfo info, List<VectorFeature> features,
                               ProgressMonitor monitor) throws SQLException {
        int srid = database.projectSrid();
        LayerChunkCodec codec = new LayerChunkCodec(database.geometryFactory());
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO layer_chunk (layer_id, chunk_no, feature_count, payload) VALUES (?, ?, ?, ?)")) {
            int chunkNo = 0;
            for (int from = 0; from < features.size(); from += CHUNK) {
                List<VectorFeature> chunk = features.subList(from, Math.min(features.size(), from + CHUNK));
                for (VectorFeature feature : chunk) {
                    checkFeature(feature, info, srid);
                }
                ps.setLong(1, layerId);
                ps.setInt(2, chunkNo++);
                ps.setInt(3, chunk.size());
                ps.setBytes(4, codec.encode(chunk));
                ps.executeUpdate();
                monitor.progress(from + chunk.size(), features.size());
                monitor.checkCancelled();
            }
        }
    }

    /** The same checks as every geometry column: the layer's geometry family and the project SRID. */
    private static void checkFeature(VectorFeature feature, LayerInfo info, int srid) {
        String where = "feature " + feature.id() + " of layer '" + info.name() + "'";
        GeometryKind actual = GeometryKind.ofJtsType(feature.geometry().getGeometryType());
        if (actual != info.kind()) {
            throw new IllegalArgumentException("The geometry of " + where + " is a "
                    + feature.geometry().getGeometryType() + " but the layer holds " + info.kind() + " geometries.");
        }
        Geometries.inProjectSrid(feature.geometry(), srid, where);
    }

    /** Features of a layer saved in chunks (schema 3 and later), or empty when it has none. */
    private List<VectorFeature> readChunks(Connection connection, long layerId, long expected) throws SQLException {
        List<VectorFeature> features = new ArrayList<>((int) Math.min(expected, Integer.MAX_VALUE));
        LayerChunkCodec codec = new LayerChunkCodec(database.geometryFactory());
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT payload FROM layer_chunk WHERE layer_id = ? ORDER BY chunk_no")) {
            ps.setLong(1, layerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    features.addAll(codec.decode(rs.getBytes(1), database.projectSrid()));
                }
            }
        }
        return features;
    }

    /** Features of a layer saved one row per feature (before schema 3). */
    private static List<VectorFeature> readRows(Connection connection, long layerId, long expected) throws SQLException {
        List<VectorFeature> features = new ArrayList<>((int) Math.min(expected, Integer.MAX_VALUE));
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT fid, geom, attributes_json FROM layer_feature WHERE layer_id = ? ORDER BY fid")) {
            ps.setLong(1, layerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    features.add(new VectorFeature(rs.getLong(1), rs.getObject(2, Geometry.class),
                            AttributeJson.read(rs.getString(3))));
                }
            }
        }
        return features;
    }

    private static void setEnvelope(PreparedStatement ps, int first, Envelope envelope) throws SQLException {
        if (envelope.isNull()) {
            for (int i = 0; i < 4; i++) {
                ps.setNull(first + i, Types.DOUBLE);
            }
        } else {
            ps.setDouble(first, envelope.getMinX());
            ps.setDouble(first + 1, envelope.getMinY());
            ps.setDouble(first + 2, envelope.getMaxX());
            ps.setDouble(first + 3, envelope.getMaxY());
        }
    }

    private static LayerInfo readInfo(ResultSet rs) throws SQLException {
        return new LayerInfo(rs.getString("name"), GeometryKind.valueOf(rs.getString("geometry_type")),
                rs.getLong("feature_count"), rs.getInt("source_srid"),
                readEnvelope(rs, "min_x", "min_y", "max_x", "max_y"),
                readEnvelope(rs, "min_lon", "min_lat", "max_lon", "max_lat"));
    }

    private static Envelope readEnvelope(ResultSet rs, String minX, String minY, String maxX, String maxY)
            throws SQLException {
        double x1 = rs.getDouble(minX);
        if (rs.wasNull()) {
            return new Envelope();
        }
        return new Envelope(x1, rs.getDouble(maxX), rs.getDouble(minY), rs.getDouble(maxY));
    }
}
