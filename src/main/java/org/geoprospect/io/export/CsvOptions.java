package org.geoprospect.io.export;

/**
 * How an exported CSV file is written.
 *
 * @param delimiter the cell separator: {@code ';'} (default, what French Excel expects) or {@code ','}
 *                  (plain CSV); any other character is refused
 * @param bom       whether the file starts with the UTF-8 byte order mark (default true: without it Excel
 *                  reads UTF-8 as Windows-1252 and garbles accents)
 */
public record CsvOptions(char delimiter, boolean bom) {
    public CsvOptions {
        if (delimiter != ';' && delimiter != ',') {
            throw new IllegalArgumentException("The CSV delimiter must be ';' or ',', not '" + delimiter + "'.");
        }
    }

    /** UTF-8 with BOM, semicolon-separated: opens directly in a French spreadsheet. */
    public static CsvOptions frenchExcel() {
        return new CsvOptions(';', true);
    }

    /** The same options with another delimiter. */
    public CsvOptions withDelimiter(char newDelimiter) {
        return new CsvOptions(newDelimiter, bom);
    }
}
