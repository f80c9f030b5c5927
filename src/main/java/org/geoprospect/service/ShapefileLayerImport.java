package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.io.shp.ShapefileData;
import org.geoprospect.io.shp.ShapefileReader;
import org.geoprospect.model.LayerInfo;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.model.VectorFeature;
import org.geoprospect.store.LayerRepository;
import org.locationtech.jts.geom.Envelope;

/**
 * Imports one shapefile as a vector layer of a project: reads it, resolves its CRS, reprojects it
 * into the project CRS and stores it (replacing a layer of the same name) in one transaction.
 */
final class ShapefileLayerImport {
    private final LayerRepository layers;
    private final int projectSrid;

    ShapefileLayerImport(LayerRepository layers, int projectSrid) {
        this.layers = layers;
        this.projectSrid = projectSrid;
    }

    /**
     * Imports {@code shpPath} as layer {@code name}.
     *
     * @param sridOverride EPSG code to use instead of the .prj, or null to read the .prj
     * @throws IOException          with one sentence when the file is missing or damaged
     * @throws UserFacingException  when the CRS cannot be determined
     */
    LayerInfo importLayer(Path shpPath, String name, Integer sridOverride, ProgressMonitor monitor) throws IOException {
        ShapefileData data = ShapefileReader.read(shpPath, null, monitor);
        int sourceSrid = sourceSrid(shpPath, data, sridOverride);
        GeometryReprojector toProject = new GeometryReprojector(CoordinateTransform.between(sourceSrid, projectSrid));
        GeometryReprojector toWgs84 = new GeometryReprojector(CoordinateTransform.between(sourceSrid, Srids.WGS84));
        Envelope sourceExtent = new Envelope();
        List<VectorFeature> projected = new ArrayList<>(data.features().size());
        for (VectorFeature feature : data.features()) {
            sourceExtent.expandToInclude(feature.geometry().getEnvelopeInternal());
            projected.add(new VectorFeature(feature.id(), toProject.reproject(feature.geometry()), feature.attributes()));
        }
        return layers.save(name, data.kind(), sourceSrid, toWgs84.reproject(sourceExtent), projected, monitor);
    }

    private static int sourceSrid(Path shpPath, ShapefileData data, Integer sridOverride) {
        if (sridOverride != null) {
            if (!CoordinateTransform.isKnown(sridOverride)) {
                throw new UserFacingException("EPSG:" + sridOverride + " is not a coordinate reference system this application knows; check the code.");
            }
            return sridOverride;
        }
        OptionalInt srid = data.srid();
        if (srid.isEmpty()) {
            String why = data.prjWkt() == null ? "has no .prj file" : "has a .prj file whose coordinate system is not recognised";
            throw new UserFacingException("The shapefile " + shpPath.getFileName() + " " + why
                    + "; give its EPSG code with --srid (e.g. --srid 2154 for Lambert-93).");
        }
        return srid.getAsInt();
    }
}
