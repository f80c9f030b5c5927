package org.geoprospect.io.csv;

/**
 * A CSV file that cannot be read as the expected format. Its message is one sentence for the user:
 * which file, which row, what is wrong and what to do.
 */
public class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final long row;
    private final String reason;

    /**
     * @param fileName the file's name as the user knows it
     * @param row      1-based row number in the file (the header is row 1), or 0 for the whole file
     * @param message  the complete sentence shown to the user
     */
    public CsvFormatException(String fileName, long row, String message) {
        this(fileName, row, message, message);
    }

    private CsvFormatException(String fileName, long row, String message, String reason) {
        super(message);
        this.fileName = fileName;
        this.row = row;
        this.reason = reason;
    }

    /** Builds the standard sentence "Row N of FILE cannot be read: REASON." */
    public static CsvFormatException atRow(String fileName, long row, String reason) {
        return new CsvFormatException(fileName, row, "Row " + row + " of " + fileName + " cannot be read: " + reason + ".", reason);
    }

    /**
     * What is wrong with the row, without the file and row (e.g. {@code the lat cell "abc" is not a
     * number}), as listed in an import report; the whole message for a whole-file problem.
     */
    public String reason() {
        return reason;
    }

    /** The file's name as the user knows it. */
    public String fileName() {
        return fileName;
    }

    /** 1-based row number (the header is row 1), or 0 when the problem concerns the whole file. */
    public long row() {
        return row;
    }
}
