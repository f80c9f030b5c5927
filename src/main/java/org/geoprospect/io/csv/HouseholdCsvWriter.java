package org.geoprospect.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.geoprospect.model.Channel;
import org.geoprospect.model.Consent;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.Interests;

/**
 * Writes households in the canonical format ({@link CanonicalColumns#HOUSEHOLDS}): UTF-8 without BOM,
 * LF line ends, lon/lat with 5 decimals (about 1 m), ISO dates, true/false, interests joined by '|'.
 * The postal consent's date is not written (the canonical file has no column for it).
 *
 * <p>Streams: each {@link #write} appends one row, so a million rows need no list in memory.
 * Not thread-safe.
 */
public final class HouseholdCsvWriter implements Closeable {
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    private HouseholdCsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(String.join(",", CanonicalColumns.HOUSEHOLDS));
        out.write('\n');
    }

    /** Creates (or replaces) a file and writes the header. */
    public static HouseholdCsvWriter open(Path file) throws IOException {
        return new HouseholdCsvWriter(CsvFiles.openWriter(file));
    }

    /** Writes to a caller-owned writer (closed by {@link #close()}) and writes the header. */
    public static HouseholdCsvWriter to(Writer out) throws IOException {
        return new HouseholdCsvWriter(out);
    }

    /**
     * Appends one row.
     *
     * @param household never null
     * @param contact   its personal fields, or null to leave those cells empty
     */
    public void write(Household household, HouseholdContact contact) throws IOException {
        StringBuilder b = line;
        b.setLength(0);
        CsvCellFormat.appendText(b, household.anonCode()).append(',');
        CsvCellFormat.appendFixed(b, household.lon(), 5).append(',');
        CsvCellFormat.appendFixed(b, household.lat(), 5).append(',');
        CsvCellFormat.appendText(b, household.communeInsee()).append(',');
        appendInterests(b, household.interests());
        b.append(',').append(household.householdSize()).append(',');
        CsvCellFormat.appendText(b, household.ageBand()).append(',');
        CsvCellFormat.appendText(b, household.incomeBand()).append(',');
        appendConsent(b, household.consent(Channel.EMAIL));
        appendConsent(b, household.consent(Channel.SMS));
        appendConsent(b, household.consent(Channel.PHONE));
        b.append(household.consent(Channel.POSTAL).granted()).append(',');
        CsvCellFormat.appendText(b, household.consentSource()).append(',');
        b.append(CsvCellFormat.date(household.lastContactDate()));
        if (contact == null) {
            b.append(",,,,,,,");
        } else {
            for (String personal : List.of(nullToEmpty(contact.firstName()), nullToEmpty(contact.lastName()),
                    nullToEmpty(contact.address()), nullToEmpty(contact.postalCode()), nullToEmpty(contact.city()),
                    nullToEmpty(contact.phone()), nullToEmpty(contact.email()))) {
                b.append(',');
                CsvCellFormat.appendText(b, personal);
            }
        }
        b.append('\n');
        out.append(b);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void appendInterests(StringBuilder b, List<String> interests) {
        String joined = String.join(Interests.SEPARATOR, interests);
        CsvCellFormat.appendText(b, joined);
    }

    private static void appendConsent(StringBuilder b, Consent consent) {
        b.append(consent.granted()).append(',').append(CsvCellFormat.date(consent.date())).append(',');
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
