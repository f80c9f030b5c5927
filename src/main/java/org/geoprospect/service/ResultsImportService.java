package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geoprospect.io.csv.CsvImportOptions;
import org.geoprospect.io.csv.CsvImportReport;
import org.geoprospect.io.csv.CsvMapping;
import org.geoprospect.io.csv.ResultRow;
import org.geoprospect.io.csv.ResultsCsvReader;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactSubjectKind;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.ContactKeyMatcher;
import org.geoprospect.privacy.Objection;
import org.geoprospect.store.ContactHistoryRepository;
import org.geoprospect.store.ObjectionRecord;
import org.geoprospect.store.ProjectDatabase;

/**
 * Reads a results file back into the project's contact history (issue 15): each row is matched to a
 * household or client by code, else by e-mail, else by phone (the last two inside the privacy gate,
 * {@link ContactKeyMatcher}); the events and the objections that unsubscribes and "do not call" imply are
 * stored in one transaction, nothing when cancelled or failing. Re-importing a file adds nothing (see
 * {@link ContactHistoryRepository#importResults}). Thread-safe (no state besides the clock).
 */
public final class ResultsImportService {
    static final String UNMATCHED = "no household or client with this code, e-mail or phone";

    private final Clock clock;

    public ResultsImportService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * What to import and how.
     *
     * @param mapping        columns and formats stated by the user, or {@link CsvMapping#NONE}
     * @param defaultChannel the channel of rows without a channel cell, or null
     * @param chain          the chain every row belongs to (overrides nothing a row says), or null
     * @param step           the chain's step, or null
     */
    public record Request(CsvMapping mapping, Channel defaultChannel, String chain, String step) {
        public Request {
            mapping = mapping == null ? CsvMapping.NONE : mapping;
        }
    }

    /**
     * Imports {@code file} into the project at {@code projectDir} and writes a rejects file beside it when
     * rows are left out.
     *
     * @throws org.geoprospect.io.csv.CsvFormatException for a whole-file problem (one sentence)
     * @throws org.geoprospect.model.CancelledException when the monitor asks to stop (nothing stored)
     */
    public ResultsImportSummary importFile(Path projectDir, Path file, Request request, ProgressMonitor monitor)
            throws IOException {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            ContactHistoryRepository history = new ContactHistoryRepository(database);
            Map<String, ContactSubjectKind> codes = history.subjectCodes();
            ContactKeyMatcher keys = new ContactKeyMatcher(database);
            String source = file.getFileName().toString();
            List<ContactEvent> events = new ArrayList<>();
            Map<ContactEvent, ObjectionRecord> objections = new java.util.IdentityHashMap<>();
            long[] matched = new long[3];
            CsvImportReport report = ResultsCsvReader.read(file, CsvImportOptions.into(2154).withMapping(request.mapping()),
                    request.defaultChannel(), monitor, row -> {
                        String code = null;
                        ContactSubjectKind kind = row.anonCode() == null ? null : codes.get(row.anonCode());
                        if (kind != null) {
                            code = row.anonCode();
                            matched[0]++;
                        } else if ((code = keys.byEmail(row.email())) != null) {
                            matched[1]++;
                        } else if ((code = keys.byPhone(row.phone())) != null) {
                            matched[2]++;
                        }
                        if (code == null) {
                            return UNMATCHED;
                        }
                        kind = kind == null ? ContactSubjectKind.HOUSEHOLD : kind;
                        ContactEvent event = event(row, kind, code, request, source);
                        events.add(event);
                        if (row.doNotContact()) {
                            objections.put(event, Objection.ofHousehold(code, row.channel(), row.at().toLocalDate(), source)
                                    .toRecord());
                        }
                        return null;
                    });
            monitor.checkCancelled();
            ContactHistoryRepository.ImportedResults stored = history.importResults(events, objections::get,
                    OffsetDateTime.now(clock));
            String rejects = report.writeRejectsBeside(file).map(p -> p.toAbsolutePath().toString()).orElse(null);
            return new ResultsImportSummary(report.read(), stored.stored(), stored.duplicates(), matched[0], matched[1],
                    matched[2], stored.objectionIds().size(), stored.objectionIds(), report.rejected(), rejects);
        }
    }

    private ContactEvent event(ResultRow row, ContactSubjectKind kind, String code, Request request, String source) {
        OffsetDateTime at = row.at().atZone(clock.getZone()).toOffsetDateTime();
        ContactEvent event = ContactEvent.of(kind, code, row.channel(), at, row.outcome());
        String chain = row.chain() != null ? row.chain() : request.chain();
        String step = row.step() != null ? row.step() : request.step();
        if (chain != null || step != null) {
            event = event.inStep(chain, step);
        }
        if (row.amount() != null || row.margin() != null) {
            event = event.withOrder(row.amount() == null ? 0 : row.amount(), row.margin() == null ? 0 : row.margin());
        }
        return event.from(null, source);
    }
}
