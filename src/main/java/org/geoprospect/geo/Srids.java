package org.geoprospect.geo;

/** EPSG codes the application refers to by name. */
public final class Srids {
    /** WGS84 longitude/latitude. */
    public static final int WGS84 = 4326;
    /** RGF93 / Lambert-93, the French national projection and the demo project's CRS. */
    public static final int LAMBERT_93 = 2154;

    private Srids() {
    }
}
