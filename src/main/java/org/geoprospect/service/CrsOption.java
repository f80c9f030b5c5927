package org.geoprospect.service;

/**
 * A coordinate reference system the user can choose for a file: its EPSG code and name.
 *
 * @param code the EPSG code (one the application can transform)
 * @param name the EPSG name, e.g. "RGF93 / Lambert-93"
 */
public record CrsOption(int code, String name) {
    /** "EPSG:2154 RGF93 / Lambert-93", the form lists show. */
    public String label() {
        return "EPSG:" + code + " " + name;
    }

    @Override
    public String toString() {
        return label();
    }
}
