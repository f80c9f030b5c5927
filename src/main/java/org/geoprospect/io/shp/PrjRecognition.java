package org.geoprospect.io.shp;

import java.util.Objects;
import java.util.Optional;
import org.geoprospect.geo.crs.AreaOfUse;
import org.geoprospect.geo.crs.CrsCatalogue;

/**
 * The EPSG code a {@code .prj} was recognised as, and how, for the import report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param srid   the EPSG code; one CTS can transform ({@code CoordinateTransform.isKnown} is true)
 * @param basis  which clue recognised it
 * @param reason one sentence for the report, e.g. {@code Recognised as EPSG:2154 (RGF93 / Lambert-93) by its
 *               name "RGF_1993_Lambert_93".}
 */
public record PrjRecognition(int srid, Basis basis, String reason) {
    /** The clue that recognised the CRS, from the most to the least explicit. */
    public enum Basis {
        /** A top-level {@code AUTHORITY["EPSG", code]} (WKT1) or {@code ID["EPSG", code]} (WKT2). */
        AUTHORITY,
        /** The CRS's name is an EPSG or ESRI name of a catalogue CRS, and nothing in the text contradicts it. */
        NAME,
        /** Datum (or ellipsoid), projection method and parameters match exactly one catalogue CRS. */
        PARAMETERS
    }

    public PrjRecognition {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * EPSG's area of use of the code, to check the layer's extent against; empty for a code given by
     * authority that is outside {@link CrsCatalogue}.
     */
    public Optional<AreaOfUse> areaOfUse() {
        return CrsCatalogue.standard().areaOfUse(srid);
    }
}
