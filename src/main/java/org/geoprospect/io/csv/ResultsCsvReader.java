package org.geoprospect.io.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ProgressMonitor;

/**
 * Reads a results file ({@link CanonicalColumns#RESULTS}): what an emailing tool, a call centre or a mail
 * house sends back. Each row names the person by at least one of {@code anon_code}, {@code email},
 * {@code phone}, gives the {@code date} (and time, in the date cell or a {@code time} column) and the
 * {@code outcome} in English or French words ({@link ResultOutcomeWords}); optionally the {@code channel}
 * (else the caller's default), an order's {@code amount} and {@code margin}, and the {@code chain} and
 * {@code step}. Separator, encoding, aliases, decimal commas, dates and the mapping file as
 * {@link HouseholdCsvReader} documents. Rows are streamed (a million rows are not held here).
 * Stateless and thread-safe.
 */
public final class ResultsCsvReader {
    private static final int BATCH = 10_000;

    /** Receives each row read; answers null to accept it, or the reason to reject it (e.g. it matches nobody). */
    @FunctionalInterface
    public interface RowSink {
        String accept(ResultRow row);
    }

    private ResultsCsvReader() {
    }

    /**
     * Reads every row and hands the good ones to {@code sink}; bad rows (and those the sink refuses) are
     * collected in the report with their reasons (unless the options are strict).
     *
     * @param defaultChannel the channel of rows without a channel cell, or null to require one
     * @return the report: counts, rejected rows with reasons, columns used and ignored
     * @throws CsvFormatException for a whole-file problem: missing, not text, empty, no date or outcome
     *                            column, none of anon_code, email and phone, the first 1000 rows all rejected
     * @throws org.geoprospect.model.CancelledException when the monitor asks to stop
     */
    public static CsvImportReport read(Path file, CsvImportOptions options, Channel defaultChannel, ProgressMonitor monitor,
                                       RowSink sink) throws IOException {
        try (CsvSource source = CsvSource.open(file, FileSchema.RESULTS, options)) {
            Columns c = new Columns(source.columns());
            if (defaultChannel == null && c.channel < 0) {
                throw new CsvFormatException(CsvFiles.name(file), 1, "The file " + CsvFiles.name(file) + " has no channel"
                        + " column; add one (email, sms, phone, postal) or say the file's channel (--channel email).");
            }
            long count = 0;
            CsvRow row;
            while ((row = source.next()) != null) {
                try {
                    ResultRow parsed = parse(row, c, defaultChannel);
                    String refusal = sink.accept(parsed);
                    if (refusal != null) {
                        throw row.fail(refusal);
                    }
                    source.accept(null);
                } catch (CsvFormatException e) {
                    source.reject(e);
                }
                if (++count % BATCH == 0) {
                    monitor.progress(count, -1);
                    monitor.checkCancelled();
                }
            }
            monitor.progress(count, count);
            return source.report();
        }
    }

    private static ResultRow parse(CsvRow row, Columns c, Channel defaultChannel) {
        String code = row.text(c.anonCode);
        String mail = row.text(c.email);
        String tel = row.text(c.phone);
        if (code == null && mail == null && tel == null) {
            throw row.fail("it names nobody; give an anonymous code, an e-mail or a phone");
        }
        if (mail != null) {
            mail = mail.toLowerCase(Locale.ROOT);
            if (mail.indexOf('@') <= 0) {
                throw row.fail("the " + row.columnName(c.email) + " cell is not an e-mail address");
            }
        }
        if (tel != null && ObjectionRow.digits(tel).length() < 6) {
            throw row.fail("the " + row.columnName(c.phone) + " cell is not a phone number");
        }
        LocalDateTime at = row.dateTime(c.date, c.time);
        if (at == null) {
            throw row.fail("the " + row.columnName(c.date) + " cell is empty; every result needs its date");
        }
        String word = row.requiredText(c.outcome);
        ResultOutcomeWords.Reading reading = ResultOutcomeWords.of(word);
        if (reading == null) {
            throw row.fail("the " + row.columnName(c.outcome) + " cell \"" + word + "\" is not an outcome; use "
                    + ResultOutcomeWords.examples());
        }
        Channel channel = row.cell(c.channel).isEmpty() ? defaultChannel
                : ChannelWords.parse(row, c.channel, "email, sms, phone or postal");
        if (channel == null) {
            throw row.fail("the " + row.columnName(c.channel) + " cell is empty and the file has no default channel");
        }
        Double amount = null;
        Double margin = null;
        if (reading.outcome() == ContactOutcome.ORDER) {
            amount = row.cell(c.amount).isEmpty() ? null : row.decimal(c.amount);
            margin = row.cell(c.margin).isEmpty() ? null : row.decimal(c.margin);
        }
        return new ResultRow(row.row(), code, mail, tel, channel, at, reading.outcome(), reading.doNotContact(), amount,
                margin, row.text(c.chain), row.text(c.step));
    }

    /** Where each canonical column is (-1 when absent). */
    private static final class Columns {
        final int anonCode;
        final int email;
        final int phone;
        final int channel;
        final int date;
        final int time;
        final int outcome;
        final int amount;
        final int margin;
        final int chain;
        final int step;

        Columns(ColumnMap c) {
            anonCode = c.position("anon_code");
            email = c.position("email");
            phone = c.position("phone");
            channel = c.position("channel");
            date = c.position("date");
            time = c.position("time");
            outcome = c.position("outcome");
            amount = c.position("amount");
            margin = c.position("margin");
            chain = c.position("chain");
            step = c.position("step");
        }
    }
}
