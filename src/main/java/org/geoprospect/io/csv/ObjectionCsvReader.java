package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.geoprospect.model.Channel;

/**
 * Reads an objections file ({@link CanonicalColumns#OBJECTIONS}): each row names a person by at least
 * one of {@code anon_code}, {@code email}, {@code phone}, with an optional {@code date} and an optional
 * {@code channel} (email, sms, phone, postal, in English or French; empty or "all"/"tous" for every
 * channel). Separator, encoding, aliases and dates as {@link HouseholdCsvReader} documents. A row naming
 * nobody, or with an email lacking '@', is rejected. Stateless and thread-safe.
 */
public final class ObjectionCsvReader {
    private ObjectionCsvReader() {
    }

    /**
     * Reads every row, collecting bad rows in the report (unless the options are strict); the options'
     * target SRID is not used.
     *
     * @throws CsvFormatException for a whole-file problem: missing, not text, empty, none of the anon_code,
     *                            email and phone columns, invalid bytes, the first 1000 rows all rejected
     */
    public static CsvImportResult<ObjectionRow> read(Path file, CsvImportOptions options) throws IOException {
        try (CsvSource source = CsvSource.open(file, FileSchema.OBJECTIONS, options)) {
            ColumnMap c = source.columns();
            int anonCode = c.position("anon_code");
            int email = c.position("email");
            int phone = c.position("phone");
            int date = c.position("date");
            int channel = c.position("channel");
            return source.collect(row -> {
                String code = row.text(anonCode);
                String mail = row.text(email);
                String tel = row.text(phone);
                if (code == null && mail == null && tel == null) {
                    throw row.fail("it names nobody; give an anonymous code, an email or a phone");
                }
                if (mail != null) {
                    mail = mail.toLowerCase(Locale.ROOT);
                    if (mail.indexOf('@') <= 0) {
                        throw row.fail("the " + row.columnName(email) + " cell is not an email address");
                    }
                }
                if (tel != null && ObjectionRow.digits(tel).length() < 6) {
                    throw row.fail("the " + row.columnName(phone) + " cell is not a phone number");
                }
                return new ObjectionRow(code, mail, tel, row.date(date), channel(row, channel));
            }, null);
        }
    }

    private static Channel channel(CsvRow row, int position) {
        String value = row.cell(position);
        if (value.isEmpty()) {
            return null;
        }
        if (ChannelWords.isAll(value)) {
            return null;
        }
        return ChannelWords.parse(row, position, "email, sms, phone, postal or all");
    }
}
