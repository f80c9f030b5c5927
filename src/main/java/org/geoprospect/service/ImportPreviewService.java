package org.geoprospect.service;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.GeometryReprojector;
import org.geoprospect.geo.Srids;
import org.geoprospect.geo.crs.CrsCatalogue;
import org.geoprospect.model.ProgressMonitor;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads a file before it is imported, so the user can check what the import will do: a vector layer's
 * geometry type, feature count, CRS and attributes; a customer file's kind, dialect, column mapping and
 * placement. Nothing is written to any project. Stateless and thread-safe; call it off the UI thread.
 */
public final class ImportPreviewService {
    /** Rows of attributes a preview shows. */
    public static final int PREVIEW_ROWS = 20;

    private final LayerPreviewReader layers = new LayerPreviewReader();
    private final CustomerPreviewReader customers = new CustomerPreviewReader();

    /**
     * Previews a shapefile ({@code .shp}) or GeoJSON file ({@code .geojson}, {@code .json}).
     *
     * @param encoding DBF text encoding to force, or null to detect it (ignored for GeoJSON)
     * @throws IOException         with one sentence when the file is missing or damaged
     * @throws UserFacingException for a file of another kind
     * @throws org.geoprospect.model.CancelledException when the monitor asks to stop
     */
    public LayerPreview previewLayer(Path file, Charset encoding, ProgressMonitor monitor) throws IOException {
        return layers.read(file, encoding, PREVIEW_ROWS, monitor);
    }

    /**
     * Previews a customer CSV file.
     *
     * @param kind the kind to read it as, or null to take the kind its headers fit best
     * @throws IOException with one sentence when the file cannot be read
     * @throws org.geoprospect.io.csv.CsvFormatException when the file is not CSV text or is empty
     * @throws org.geoprospect.model.CancelledException when the monitor asks to stop
     */
    public CustomerPreview previewCustomers(Path file, CustomerFileKind kind, ProgressMonitor monitor) throws IOException {
        return customers.read(file, kind, PREVIEW_ROWS, monitor);
    }

    /**
     * Whether the file's coordinates, read in the CRS {@code srid}, fall off the globe or outside that
     * CRS's EPSG area of use — the sign of a wrong CRS choice (e.g. Lambert-93 metres read as degrees).
     *
     * @return false when the preview has no geometry or the CRS is unknown
     */
    public boolean outsideAreaOfUse(LayerPreview preview, int srid) {
        double[] e = preview.sourceExtent();
        if (e == null || !CoordinateTransform.isKnown(srid)) {
            return false;
        }
        Envelope wgs84;
        try {
            wgs84 = new GeometryReprojector(CoordinateTransform.between(srid, Srids.WGS84))
                    .reproject(new Envelope(e[0], e[2], e[1], e[3]));
        } catch (RuntimeException unprojectable) {
            return true; // coordinates the projection cannot invert are not of this CRS
        }
        boolean finite = Double.isFinite(wgs84.getMinX()) && Double.isFinite(wgs84.getMaxX())
                && Double.isFinite(wgs84.getMinY()) && Double.isFinite(wgs84.getMaxY());
        if (!finite || wgs84.getMinX() < -180 || wgs84.getMaxX() > 180 || wgs84.getMinY() < -90 || wgs84.getMaxY() > 90) {
            return true;
        }
        return CrsCatalogue.standard().isOutsideAreaOfUse(srid, wgs84);
    }
}
