package org.geoprospect.service;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.ExactExtent;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.store.LayerRepository;
import org.locationtech.jts.geom.Envelope;

/**
 * Imports one vector file (shapefile or GeoJSON) as a layer of a project: reads it, resolves its CRS,
 * repairs or skips invalid geometries (see {@link GeometryRepair}), reprojects into the project CRS
 * and stores it — replacing a layer of the same name — in one transaction.
 */
final class LayerImport {
    private final LayerRepository layers;
    private final int projectSrid;

    LayerImport(LayerRepository layers, int projectSrid) {
        this.layers = layers;
        this.projectSrid = projectSrid;
    }

    /**
     * Imports {@code file} as layer {@code name}.
     *
     * @param sridOverride EPSG code to use instead of what the file declares, or null
     * @param encoding     DBF text encoding to force, or null to detect it
     * @throws IOException         with one sentence when the file is missing or damaged
     * @throws UserFacingException when the CRS cannot be determined or nothing can be imported
     */
    LayerImportReport importLayer(Path file, String name, Integer sridOverride, Charset encoding, ProgressMonitor monitor)
            throws IOException {
        return importLayer(LayerFile.read(file, encoding, monitor), name, sridOverride, monitor);
    }

    /** Imports a file already read; see {@link #importLayer(Path, String, Integer, Charset, ProgressMonitor)}. */
    LayerImportReport importLayer(LayerFile source, String name, Integer sridOverride, ProgressMonitor monitor) {
        Path file = source.path();
        int sourceSrid = sourceSrid(source, sridOverride);
        GeometryReprojector toProject = new GeometryReprojector(CoordinateTransform.between(sourceSrid, projectSrid));
        List<String> warnings = new ArrayList<>(source.warnings());
        List<org.locationtech.jts.geom.Geometry> storedSource = new ArrayList<>(source.features().size());
        List<VectorFeature> stored = new ArrayList<>(source.features().size());
        long repaired = 0;
        // Validity checks dominate polygon imports (JTS IsValidOp per polygon) and are independent, so
        // they run on every core; the rest stays sequential to keep the report in file order.
        List<GeometryRepair.Outcome> outcomes = source.features().parallelStream()
                .map(feature -> GeometryRepair.check(feature.geometry(), source.kind())).toList();
        for (int i = 0; i < source.features().size(); i++) {
            VectorFeature feature = source.features().get(i);
            GeometryRepair.Outcome outcome = outcomes.get(i);
            if (outcome.geometry() == null) {
                warnings.add("Feature " + feature.id() + " was skipped: " + outcome.skipReason() + ".");
                continue;
            }
            Envelope featureExtent = outcome.geometry().getEnvelopeInternal();
            // Cheap per-feature sanity: no transform to WGS84 here (it cost a second per million points);
            // an impossible source coordinate fails the planar bound itself or turns into NaN or an
            // impossible value once reprojected.
            var projected = toProject.reproject(outcome.geometry());
            if (!OnEarth.plausiblePlanar(featureExtent) || !OnEarth.plausiblePlanar(projected.getEnvelopeInternal())) {
                warnings.add("Feature " + feature.id() + " was skipped: its coordinates lie outside the range of EPSG:"
                        + sourceSrid + " (a damaged record, or a wrong coordinate system).");
                continue;
            }
            if (outcome.repaired()) {
                repaired++;
            }
            storedSource.add(outcome.geometry());
            stored.add(new VectorFeature(feature.id(), projected, feature.attributes()));
        }
        if (stored.isEmpty()) {
            throw new UserFacingException("No feature of " + file.getFileName()
                    + " could be imported (" + source.read() + " read); see the file in a GIS to check its geometries.");
        }
        if (repaired > 0) {
            warnings.add(repaired + " invalid polygon" + (repaired > 1 ? "s were" : " was") + " repaired (JTS GeometryFixer).");
        }
        // Over every vertex, as ogr2ogr -t_srs EPSG:4326 + ogrinfo -so report it (issue 19 §4): the corners
        // of the source extent, reprojected, were up to kilometres too wide for a Lambert-93 layer.
        Envelope extent4326 = ExactExtent.of(storedSource, CoordinateTransform.between(sourceSrid, Srids.WGS84));
        AreaOfUseCheck.warning(sourceSrid, extent4326).ifPresent(warnings::add);
        layers.save(name, source.kind(), sourceSrid, extent4326, stored, monitor);
        return new LayerImportReport(name, source.read(), stored.size(), repaired, source.read() - stored.size(), sourceSrid,
                new double[] {extent4326.getMinX(), extent4326.getMinY(), extent4326.getMaxX(), extent4326.getMaxY()},
                warnings);
    }

    static int sourceSrid(LayerFile source, Integer sridOverride) {
        if (sridOverride != null) {
            if (!CoordinateTransform.isKnown(sridOverride)) {
                throw new UserFacingException("EPSG:" + sridOverride
                        + " is not a coordinate reference system this application knows; check the code.");
            }
            return sridOverride;
        }
        if (source.srid().isPresent() && CoordinateTransform.isKnown(source.srid().getAsInt())) {
            return source.srid().getAsInt();
        }
        String why = source.hasCrsInfo() ? "declares a coordinate system that is not recognised" : "has no .prj file";
        throw new UserFacingException("The file " + source.path().getFileName() + " " + why
                + "; give its EPSG code with --srid (e.g. --srid 2154 for Lambert-93).");
    }
}
