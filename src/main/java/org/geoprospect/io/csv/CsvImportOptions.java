package org.geoprospect.io.csv;

import java.util.Objects;
import org.geoprospect.geo.CommuneTable;

/**
 * How to read a customer file.
 *
 * @param targetSrid EPSG code of the project CRS, in which records' x/y are given
 * @param mapping    what the user stated about the file ({@link CsvMapping#NONE} for nothing)
 * @param strict     true to fail on the first bad row (the canonical files' contract), false to collect
 *                   bad rows as {@link Rejection}s and go on
 * @param communes   the commune table used to place rows by INSEE code or postal code
 */
public record CsvImportOptions(int targetSrid, CsvMapping mapping, boolean strict, CommuneTable communes) {
    public CsvImportOptions {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(communes, "communes");
    }

    /** Tolerant reading into a project CRS, everything detected, with the shipped commune table. */
    public static CsvImportOptions into(int targetSrid) {
        return new CsvImportOptions(targetSrid, CsvMapping.NONE, false, CommuneTable.shipped());
    }

    /** These options with a mapping (e.g. from {@link CsvMapping#read}). */
    public CsvImportOptions withMapping(CsvMapping newMapping) {
        return new CsvImportOptions(targetSrid, newMapping, strict, communes);
    }

    /** These options with the x/y columns' EPSG code, overriding the mapping's (as a {@code --srid} option does). */
    public CsvImportOptions withSourceSrid(int srid) {
        return new CsvImportOptions(targetSrid, mapping.withSrid(srid), strict, communes);
    }

    /** These options failing on the first bad row. */
    public CsvImportOptions strictly() {
        return new CsvImportOptions(targetSrid, mapping, true, communes);
    }
}
