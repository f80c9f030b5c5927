package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.geoprospect.model.Channel;

/**
 * Reads an objections file ({@link CanonicalColumns#OBJECTIONS}): each row names a person by at least
 * one of {@code anon_code}, {@code email}, {@code phone}, with an optional {@code date} and an optional
 * {@code channel} (email, sms, phone, postal, in English or French; empty or "all"/"tous" for every
 * channel). Separator, encoding, aliases and dates as {@link HouseholdCsvReader} documents. A row naming
 * nobody, or with an email lacking '@', is rejected. Stateless and thread-safe.
 */
public final class ObjectionCsvReader {
    private static final Map<String, Channel> CHANNELS = Map.ofEntries(
            Map.entry("email", Channel.EMAIL), Map.entry("e_mail", Channel.EMAIL), Map.entry("mail", Channel.EMAIL),
            Map.entry("courriel", Channel.EMAIL), Map.entry("sms", Channel.SMS), Map.entry("texto", Channel.SMS),
            Map.entry("phone", Channel.PHONE), Map.entry("telephone", Channel.PHONE), Map.entry("tel", Channel.PHONE),
            Map.entry("appel", Channel.PHONE), Map.entry("postal", Channel.POSTAL), Map.entry("courrier", Channel.POSTAL),
            Map.entry("poste", Channel.POSTAL), Map.entry("post", Channel.POSTAL), Map.entry("letter", Channel.POSTAL));

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
        String key = ColumnNames.normalize(value);
        if (key.equals("all") || key.equals("tous") || key.equals("toutes") || key.equals("tout") || key.equals("any")) {
            return null;
        }
        Channel channel = CHANNELS.get(key);
        if (channel == null) {
            throw row.fail("the " + row.columnName(position) + " cell \"" + value
                    + "\" is not a channel; use email, sms, phone, postal or all");
        }
        return channel;
    }
}
