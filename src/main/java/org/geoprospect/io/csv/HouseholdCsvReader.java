package org.geoprospect.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.geoprospect.geo.Commune;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.ProgressMonitor;

/**
 * Streams a households file as {@link HouseholdRow}s, projecting each position into a target CRS.
 *
 * <p>Reads the canonical format ({@link CanonicalColumns#HOUSEHOLDS}) and the files users really have:
 * separator and encoding detected ({@link CsvDialectDetector}), headers matched by alias or by a
 * {@link CsvMapping}, decimal commas, ISO and French dates, yes/no values in French or English, positions
 * from lon/lat, projected x/y or the commune ({@link PositionResolver}). Only {@code anon_code} and a way
 * to place the row are required; absent columns read as empty: no interests, size 0, no consent (an
 * empty consent cell is no consent), no contact fields. Unknown columns are ignored and listed in the
 * report. A household placed by postal code without an INSEE code gets its commune's code.
 *
 * <p>Rows are read one at a time, so memory stays bounded whatever the file's size. Bad rows are
 * collected in the {@link CsvImportReport} (or fail the read, with {@link CsvImportOptions#strict()}).
 * Duplicate anonymous codes are not detected here (the store's key does that). Not thread-safe.
 */
public final class HouseholdCsvReader implements Closeable {
    /** Rows between two progress reports and cancellation checks in {@link #read}. */
    static final int BATCH = 10_000;

    private final CsvSource source;
    private final PositionResolver positions;
    private final int anonCode;
    private final int communeInsee;
    private final int interests;
    private final int householdSize;
    private final int ageBand;
    private final int incomeBand;
    private final int[] consent = new int[4];
    private final int[] consentDate = new int[4];
    private final int consentSource;
    private final int lastContactDate;
    private final int firstName;
    private final int lastName;
    private final int address;
    private final int postalCode;
    private final int city;
    private final int phone;
    private final int email;

    private HouseholdCsvReader(CsvSource source, CsvImportOptions options) {
        this.source = source;
        ColumnMap c = source.columns();
        this.positions = new PositionResolver(c, options.targetSrid(), options.mapping().srid(), options.communes());
        anonCode = c.position("anon_code");
        communeInsee = c.position("commune_insee");
        interests = c.position("interests");
        householdSize = c.position("household_size");
        ageBand = c.position("age_band");
        incomeBand = c.position("income_band");
        Channel[] channels = Channel.values();
        for (int i = 0; i < channels.length; i++) {
            consent[i] = c.position("consent_" + channels[i].code());
            consentDate[i] = c.position("consent_" + channels[i].code() + "_date");
        }
        consentSource = c.position("consent_source");
        lastContactDate = c.position("last_contact_date");
        firstName = c.position("first_name");
        lastName = c.position("last_name");
        address = c.position("address");
        postalCode = c.position("postal_code");
        city = c.position("city");
        phone = c.position("phone");
        email = c.position("email");
    }

    /** Opens a file strictly (the first bad row fails); see {@link #open(Path, CsvImportOptions)}. */
    public static HouseholdCsvReader open(Path file, int targetSrid) throws IOException {
        return open(file, CsvImportOptions.into(targetSrid).strictly());
    }

    /**
     * Opens a file and maps its header.
     *
     * @throws CsvFormatException when the file is missing, not a CSV text file, empty, or lacks the
     *                            anon_code column or every position column
     * @throws IllegalArgumentException when the target SRID is unknown
     */
    public static HouseholdCsvReader open(Path file, CsvImportOptions options) throws IOException {
        CsvSource source = CsvSource.open(file, FileSchema.HOUSEHOLDS, options);
        try {
            return new HouseholdCsvReader(source, options);
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /**
     * Reads a whole file strictly (the first bad row fails with its sentence), handing each row to
     * {@code sink}; kept for the canonical demo files.
     *
     * @return the number of rows read
     * @throws org.geoprospect.model.CancelledException when the monitor asks to stop
     */
    public static long readAll(Path file, int targetSrid, ProgressMonitor monitor, Consumer<HouseholdRow> sink)
            throws IOException {
        return read(file, CsvImportOptions.into(targetSrid).strictly(), monitor, sink).accepted();
    }

    /**
     * Reads a whole file, handing each accepted row to {@code sink} in file order, reporting progress
     * (rows, total unknown) and checking for cancellation every {@value #BATCH} rows.
     *
     * @return the report: counts, rejected rows with reasons, columns used and ignored, placement methods
     * @throws CsvFormatException for a whole-file problem (see {@link #open(Path, CsvImportOptions)}, invalid
     *                            bytes later in the file, the first 1000 rows all rejected), or the first
     *                            bad row in strict mode
     * @throws org.geoprospect.model.CancelledException when the monitor asks to stop
     */
    public static CsvImportReport read(Path file, CsvImportOptions options, ProgressMonitor monitor,
                                       Consumer<HouseholdRow> sink) throws IOException {
        try (HouseholdCsvReader reader = open(file, options)) {
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
            return reader.report();
        }
    }

    /**
     * Reads the next accepted row; rejected rows are recorded in the {@link #report()} and skipped.
     *
     * @return the row, or null at the end of the file
     */
    public HouseholdRow next() throws IOException {
        CsvRow row;
        while ((row = source.next()) != null) {
            try {
                HouseholdRow result = parse(row);
                source.accept(result.placement());
                return result;
            } catch (CsvFormatException e) {
                source.reject(e);
            }
        }
        return null;
    }

    /** The report of the rows read so far; complete once {@link #next()} has returned null. */
    public CsvImportReport report() {
        return source.report();
    }

    private HouseholdRow parse(CsvRow row) {
        String code = row.requiredText(anonCode);
        positions.resolve(row);
        int size = row.integer(householdSize, 0);
        if (size < 0) {
            throw row.fail("the " + row.columnName(householdSize) + " cell " + size + " is negative");
        }
        List<String> codes = InterestCodes.parse(row.cell(interests), row);
        Map<Channel, Consent> consents = new EnumMap<>(Channel.class);
        Channel[] channels = Channel.values();
        for (int i = 0; i < channels.length; i++) {
            boolean granted = row.bool(consent[i], false);
            LocalDate date = row.date(consentDate[i]);
            consents.put(channels[i], granted || date != null ? new Consent(granted, date) : Consent.NONE);
        }
        Commune commune = positions.commune();
        String insee = commune != null ? commune.insee() : padded(row.text(communeInsee));
        Household household = new Household(code, positions.lon(), positions.lat(), positions.x(), positions.y(), insee,
                codes, size, row.text(ageBand), row.text(incomeBand), consents, row.text(consentSource),
                row.date(lastContactDate));
        return new HouseholdRow(household, contact(row, code), positions.placement());
    }

    private static String padded(String code) {
        return code != null && code.length() == 4 && Character.isDigit(code.charAt(0)) ? "0" + code : code;
    }

    private HouseholdContact contact(CsvRow row, String code) {
        String first = row.text(firstName);
        String last = row.text(lastName);
        String street = row.text(address);
        String postal = row.text(postalCode);
        String town = row.text(city);
        String telephone = row.text(phone);
        String mail = row.text(email);
        if (first == null && last == null && street == null && postal == null && town == null && telephone == null
                && mail == null) {
            return null;
        }
        return new HouseholdContact(code, first, last, street, postal, town, telephone, mail);
    }

    /** 1-based row number of the row last read (the header is row 1). */
    public long row() {
        return source.rowNumber();
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
