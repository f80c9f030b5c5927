package org.geoprospect.service;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.geoprospect.io.geojson.GeoJsonData;
import org.geoprospect.io.geojson.GeoJsonReader;
import org.geoprospect.io.shp.DbfField;
import org.geoprospect.io.shp.PrjRecognition;
import org.geoprospect.io.shp.PrjSrid;
import org.geoprospect.io.shp.ShapefileData;
import org.geoprospect.io.shp.ShapefileReader;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Envelope;

/** Reads a shapefile or GeoJSON file into a {@link LayerPreview}. Stateless and thread-safe. */
final class LayerPreviewReader {
    private final CrsLookupService crsLookup = new CrsLookupService();

    /** See {@link ImportPreviewService#previewLayer}. */
    LayerPreview read(Path file, Charset encoding, int rowLimit, ProgressMonitor monitor) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".shp")) {
            return shapefile(file, encoding, rowLimit, monitor);
        }
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            return geoJson(file, rowLimit, monitor);
        }
        throw new UserFacingException("The file " + name
                + " is neither a shapefile (.shp) nor GeoJSON (.geojson); convert it to one of these to import it.");
    }

    private LayerPreview shapefile(Path file, Charset encoding, int rowLimit, ProgressMonitor monitor) throws IOException {
        ShapefileData data = ShapefileReader.read(file, encoding, monitor);
        Optional<PrjRecognition> recognition = PrjSrid.recogniseWithReason(data.prjWkt());
        CrsOption crs = recognition.flatMap(r -> crsLookup.byCode(r.srid())).orElse(null);
        LayerPreview.CrsEvidence evidence;
        if (crs != null) {
            evidence = switch (recognition.get().basis()) {
                case AUTHORITY -> LayerPreview.CrsEvidence.PRJ_AUTHORITY;
                case NAME -> LayerPreview.CrsEvidence.PRJ_NAME;
                case PARAMETERS -> LayerPreview.CrsEvidence.PRJ_PARAMETERS;
            };
        } else {
            evidence = data.prjWkt() == null ? LayerPreview.CrsEvidence.NO_PRJ : LayerPreview.CrsEvidence.UNRECOGNISED_PRJ;
        }
        List<String> columns = data.fields().stream().map(DbfField::name).toList();
        long maxId = data.features().stream().mapToLong(VectorFeature::id).max().orElse(0);
        long records = Math.max(maxId, data.features().size());
        return new LayerPreview(file.getFileName().toString(), data.kind(), records, crs, evidence,
                crs == null ? null : recognition.get().reason(), data.charset().name(), columns,
                rows(data.features(), columns, rowLimit), data.warnings(), extent(data.features()));
    }

    private LayerPreview geoJson(Path file, int rowLimit, ProgressMonitor monitor) throws IOException {
        GeoJsonData data = GeoJsonReader.read(file, monitor);
        CrsOption crs = crsLookup.byCode(data.srid()).orElse(null);
        Set<String> names = new LinkedHashSet<>();
        for (VectorFeature feature : data.features().subList(0, Math.min(rowLimit, data.features().size()))) {
            names.addAll(feature.attributes().keySet());
        }
        List<String> columns = List.copyOf(names);
        return new LayerPreview(file.getFileName().toString(), data.kind(), data.read(), crs,
                crs == null ? LayerPreview.CrsEvidence.UNRECOGNISED_PRJ : LayerPreview.CrsEvidence.GEOJSON, null, null,
                columns, rows(data.features(), columns, rowLimit), data.warnings(), extent(data.features()));
    }

    private static List<List<String>> rows(List<VectorFeature> features, List<String> columns, int limit) {
        List<List<String>> rows = new ArrayList<>();
        for (VectorFeature feature : features.subList(0, Math.min(limit, features.size()))) {
            Map<String, Object> attributes = feature.attributes();
            List<String> row = new ArrayList<>(columns.size());
            for (String column : columns) {
                Object value = attributes.get(column);
                row.add(value == null ? "" : value.toString());
            }
            rows.add(row);
        }
        return rows;
    }

    private static double[] extent(List<VectorFeature> features) {
        Envelope all = new Envelope();
        for (VectorFeature feature : features) {
            all.expandToInclude(feature.geometry().getEnvelopeInternal());
        }
        return all.isNull() ? null : new double[] {all.getMinX(), all.getMinY(), all.getMaxX(), all.getMaxY()};
    }
}
