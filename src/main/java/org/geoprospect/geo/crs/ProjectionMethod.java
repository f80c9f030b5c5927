package org.geoprospect.geo.crs;

/** The map projection families of the recognised CRSs; {@link #NONE} for geographic (longitude/latitude) CRSs. */
public enum ProjectionMethod {
    NONE("longitude/latitude"),
    /** Lambert conic conformal, one or two standard parallels (EPSG methods 9801 and 9802). */
    LAMBERT_CONIC_CONFORMAL("Lambert conic conformal"),
    TRANSVERSE_MERCATOR("transverse Mercator"),
    /** The spherical "Popular Visualisation Pseudo Mercator" of web maps (EPSG method 1024). */
    WEB_MERCATOR("web Mercator");

    private final String label;

    ProjectionMethod(String label) {
        this.label = label;
    }

    /** A short lower-case label for reports. */
    public String label() {
        return label;
    }
}
