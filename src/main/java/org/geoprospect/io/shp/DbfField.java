package org.geoprospect.io.shp;

import java.util.Objects;

/**
 * A dBase field declaration.
 *
 * @param name     field name, at most 10 ASCII characters
 * @param type     dBase type: 'C' text, 'N' number, 'F' float, 'L' logical, 'D' date
 * @param length   field width in bytes (1..254)
 * @param decimals digits after the decimal point for 'N'/'F', else 0
 */
public record DbfField(String name, char type, int length, int decimals) {
    public DbfField {
        Objects.requireNonNull(name, "name");
    }

    /** A text field of the given width. */
    public static DbfField text(String name, int length) {
        return new DbfField(name, 'C', length, 0);
    }

    /** An integer field of the given width. */
    public static DbfField integer(String name, int length) {
        return new DbfField(name, 'N', length, 0);
    }

    /** A decimal number field. */
    public static DbfField decimal(String name, int length, int decimals) {
        return new DbfField(name, 'N', length, decimals);
    }
}
