package org.geoprospect.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.geoprospect.geo.CoordinateTransform;
import org.geoprospect.geo.Srids;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.Interests;
import org.geoprospect.model.ProgressMonitor;

/**
 * Streams a households file in the canonical format ({@link CanonicalColumns#HOUSEHOLDS}: comma
 * separated, UTF-8 with or without BOM, WGS84 lon/lat, ISO dates, true/false/1/0) as
 * {@link HouseholdRow}s, projecting each position into a target CRS. Extra columns are ignored.
 *
 * <p>Rows are read one at a time, so memory stays bounded whatever the file's size. Duplicate
 * anonymous codes are not detected here (the store's key does that). Not thread-safe.
 */
public final class HouseholdCsvReader implements Closeable {
    /** Rows between two progress reports and cancellation checks in {@link #readAll}. */
    static final int BATCH = 10_000;
    private static final Set<String> VOCABULARY = new HashSet<>(Interests.VOCABULARY);

    private final CsvRecordReader records;
    private final CsvRow row;
    private final CoordinateTransform toTarget;
    private final int[] at;

    private HouseholdCsvReader(CsvRecordReader records, CsvHeader header, int targetSrid) {
        this.records = records;
        this.row = new CsvRow(header);
        this.toTarget = CoordinateTransform.between(Srids.WGS84, targetSrid);
        this.at = header.positionsOf(CanonicalColumns.HOUSEHOLDS);
    }

    /**
     * Opens a file and checks its header.
     *
     * @param targetSrid EPSG code of the CRS that {@link Household#x()}/{@link Household#y()} are given in
     * @throws CsvFormatException when the file is empty or lacks a canonical column
     * @throws IllegalArgumentException when the target SRID is unknown
     */
    public static HouseholdCsvReader open(Path file, int targetSrid) throws IOException {
        CsvRecordReader records = new CsvRecordReader(CsvFiles.openReader(file), CsvFiles.name(file));
        try {
            CsvHeader header = CsvFiles.readHeader(records, CanonicalColumns.HOUSEHOLDS);
            return new HouseholdCsvReader(records, header, targetSrid);
        } catch (IOException | RuntimeException e) {
            records.close();
            throw e;
        }
    }

    /**
     * Reads a whole file, handing each row to {@code sink}, reporting progress (rows, total unknown)
     * and checking for cancellation every {@value #BATCH} rows.
     *
     * @return the number of rows read
     * @throws org.geoprospect.model.CancelledException when the monitor asks to stop
     */
    public static long readAll(Path file, int targetSrid, ProgressMonitor monitor, Consumer<HouseholdRow> sink)
            throws IOException {
        try (HouseholdCsvReader reader = open(file, targetSrid)) {
            long count = 0;
            HouseholdRow next;
            while ((next = reader.next()) != null) {
                sink.accept(next);
                if (++count % BATCH == 0) {
                    monitor.progress(count, -1);
                    monitor.checkCancelled();
                }
            }
            monitor.progress(count, count);
            return count;
        }
    }

    /**
     * Reads the next row.
     *
     * @return the row, or null at the end of the file
     * @throws CsvFormatException naming the file and the row when a cell cannot be parsed
     */
    public HouseholdRow next() throws IOException {
        String[] cells = records.next();
        if (cells == null) {
            return null;
        }
        row.reset(cells, records.row());
        return new HouseholdRow(household(), contact());
    }

    /** 1-based row number of the row last returned (the header is row 1). */
    public long row() {
        return records.row();
    }

    private Household household() {
        String anonCode = row.requiredText(at[0]);
        double lon = row.decimalWithin(at[1], -180, 180);
        double lat = row.decimalWithin(at[2], -90, 90);
        double[] xy = project(lon, lat);
        int size = row.integer(at[5], 0);
        if (size < 0) {
            throw row.fail("the household_size cell " + size + " is negative");
        }
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        consents.put(Channel.EMAIL, new Consent(row.bool(at[8], false), row.date(at[9])));
        consents.put(Channel.SMS, new Consent(row.bool(at[10], false), row.date(at[11])));
        consents.put(Channel.PHONE, new Consent(row.bool(at[12], false), row.date(at[13])));
        // The canonical file has no postal consent date: postal prospecting needs information and an opt-out, not a dated consent.
        consents.put(Channel.POSTAL, new Consent(row.bool(at[14], false), null));
        return new Household(anonCode, lon, lat, xy[0], xy[1], row.text(at[3]), interests(row.cell(at[4])),
                size, row.text(at[6]), row.text(at[7]), consents, row.text(at[15]), row.date(at[16]));
    }

    private double[] project(double lon, double lat) {
        try {
            return toTarget.transform(lon, lat);
        } catch (IllegalArgumentException e) {
            throw row.fail("the position " + lon + ", " + lat + " cannot be projected to EPSG:" + toTarget.targetSrid());
        }
    }

    private List<String> interests(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> result = new ArrayList<>(4);
        int start = 0;
        while (start <= cell.length()) {
            int end = cell.indexOf(Interests.SEPARATOR, start);
            if (end < 0) {
                end = cell.length();
            }
            String code = cell.substring(start, end).trim().toLowerCase(Locale.ROOT);
            if (!code.isEmpty()) {
                if (!VOCABULARY.contains(code)) {
                    throw row.fail("the interest \"" + code + "\" is not one of " + String.join(", ", Interests.VOCABULARY));
                }
                if (!result.contains(code)) {
                    result.add(code);
                }
            }
            start = end + 1;
        }
        return result;
    }

    private HouseholdContact contact() {
        String firstName = row.text(at[17]);
        String lastName = row.text(at[18]);
        String address = row.text(at[19]);
        String postalCode = row.text(at[20]);
        String city = row.text(at[21]);
        String phone = row.text(at[22]);
        String email = row.text(at[23]);
        if (firstName == null && lastName == null && address == null && postalCode == null && city == null
                && phone == null && email == null) {
            return null;
        }
        return new HouseholdContact(row.cell(at[0]), firstName, lastName, address, postalCode, city, phone, email);
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
