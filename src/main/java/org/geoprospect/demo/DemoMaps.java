package org.geoprospect.demo;

import java.util.List;
import org.geoprospect.io.shp.DbfField;
import org.geoprospect.model.GeometryKind;
import org.geoprospect.model.VectorFeature;
import org.locationtech.jts.geom.Polygon;

/**
 * The synthetic map layers of the demo territory, in Lambert-93 (EPSG:2154), ready to be written as
 * shapefiles. Immutable.
 *
 * @param outline the approximate département outline, also the single feature of {@link #territory}
 */
public record DemoMaps(Polygon outline, Layer communes, Layer sectors, Layer roads, Layer railways, Layer territory) {

    /**
     * One layer: the shapefile's base name, geometry family, DBF fields and features.
     *
     * @param fileName base name of the shapefile, e.g. {@code "roads.shp"}
     */
    public record Layer(String fileName, GeometryKind kind, List<DbfField> fields, List<VectorFeature> features) {
        public Layer {
            fields = List.copyOf(fields);
            features = List.copyOf(features);
        }
    }

    /** The layers in writing order. */
    public List<Layer> layers() {
        return List.of(territory, sectors, roads, railways, communes);
    }
}
