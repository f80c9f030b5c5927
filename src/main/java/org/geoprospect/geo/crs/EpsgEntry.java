package org.geoprospect.geo.crs;

import java.util.Locale;

/**
 * One CRS of the EPSG registry bundled with CTS: its code, its EPSG name and its PROJ.4 definition.
 *
 * @param code       the EPSG code
 * @param name       the EPSG name, e.g. "RGF93 / Lambert-93"; "(deprecated)" ends the names of retired codes
 * @param definition the PROJ.4 definition CTS uses
 */
public record EpsgEntry(int code, String name, String definition) {
    /** Whether EPSG has retired this code (it stays readable, but should not be offered first). */
    public boolean deprecated() {
        return name.toLowerCase(Locale.ROOT).endsWith("(deprecated)");
    }

    /** "EPSG:2154 RGF93 / Lambert-93", the form the UI lists. */
    public String label() {
        return "EPSG:" + code + " " + name;
    }
}
