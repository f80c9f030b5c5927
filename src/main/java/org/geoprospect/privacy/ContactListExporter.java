package org.geoprospect.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.io.export.SafeCsvWriter;
import org.geoprospect.io.export.StagedFile;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;
import org.geoprospect.model.Household;
import org.geoprospect.model.HouseholdContact;
import org.geoprospect.model.Interests;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.HouseholdContactRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.RetentionRepository;

/**
 * Exports households as a lawful CSV list: only those the {@link ContactPolicy} allows on the
 * channel (or, for the pseudonymised list, those without an all-channel objection and within
 * retention), the anonymous code first, then the asked-for or default columns; a sidecar
 * {@code FILE.json} describing the export; one audit-log row (never the rows' contents).
 *
 * <p><b>Order, so that no file exists without its audit row</b>: (1) the CSV and the sidecar are
 * written to temporary files beside their targets and forced to disk — if that fails, nothing else
 * happens; (2) the audit row is appended (and on disk) — if that fails, the temporary files are
 * deleted and no file appears; (3) the sidecar, then the CSV, are moved into place. A failure of (3),
 * or a crash between (2) and (3), leaves an audit row for a file that does not exist: the log may
 * over-report an export, never miss one.
 *
 * <p>Households are written in the order given. Not thread-safe (use one per export).
 */
public final class ContactListExporter {
    private static final int CONTACT_CHUNK = 10_000;

    private final ProjectDatabase database;
    private final ContactPolicy policy;
    private final ExportContext context;

    public ContactListExporter(ProjectDatabase database, ContactPolicy policy, ExportContext context) {
        this.database = Objects.requireNonNull(database, "database");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.context = Objects.requireNonNull(context, "context");
    }

    /**
     * Writes the list, its sidecar and its audit row.
     *
     * @param households the target's households (e.g. a saved target's result)
     * @throws IOException when a file cannot be written (then no audit row, unless the final move failed)
     * @throws org.geoprospect.store.StoreException when the database fails (then no file)
     */
    public ExportResult export(Collection<Household> households, ExportRequest request) throws IOException {
        return export(households, null, request);
    }

    /**
     * The same, with the households' collection days already read (e.g. in the same pass as the
     * households themselves), so no second query is needed.
     *
     * @param collectionDates the day each household entered the project, or null to read them here
     */
    public ExportResult export(Collection<Household> households, CollectionDates collectionDates, ExportRequest request)
            throws IOException {
        Objects.requireNonNull(households, "households");
        Objects.requireNonNull(request, "request");
        List<String> codes = households.stream().map(Household::anonCode).toList();
        Map<String, HouseholdContact> contacts = loadContacts(codes);
        ContactPolicy gate = policy.withCollectionDates(collectionDates != null ? collectionDates
                : collectionDatesOfUndated(households));
        List<ExportColumn> columns = request.effectiveColumns();
        Map<ContactRefusal, Long> excluded = new EnumMap<>(ContactRefusal.class);
        long exported = 0;
        List<String> contacted = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(policy.clock());
        try (StagedFile csv = StagedFile.create(request.file());
             StagedFile sidecar = StagedFile.create(request.sidecar())) {
            try (SafeCsvWriter writer = new SafeCsvWriter(csv.stream(), request.csv())) {
                writer.writeRow(columns.stream().map(ExportColumn::code).toList());
                List<String> row = new ArrayList<>(columns.size());
                for (Household household : households) {
                    Optional<HouseholdContact> contact = Optional.ofNullable(contacts.get(household.anonCode()));
                    ApprovedContact approved = null;
                    ContactRefusal refusal;
                    if (request.pseudonymised()) {
                        refusal = gate.pseudonymisedRefusal(household, contact).orElse(null);
                    } else {
                        ContactPolicy.Approval approval = gate.approvedContact(household, contact, request.channel());
                        refusal = approval.refusal();
                        approved = approval.contact();
                    }
                    if (refusal != null) {
                        excluded.merge(refusal, 1L, Long::sum);
                        continue;
                    }
                    row.clear();
                    for (ExportColumn column : columns) {
                        row.add(cell(column, household, approved));
                    }
                    writer.writeRow(row);
                    exported++;
                    if (!request.pseudonymised()) {
                        contacted.add(household.anonCode());
                    }
                }
            }
            ExportResult pending = new ExportResult(exported, excluded, request.file().toAbsolutePath().normalize(),
                    request.sidecar().toAbsolutePath().normalize(), 0);
            try (OutputStream out = sidecar.stream()) {
                out.write(AuditJson.writePretty(sidecarContent(request, columns, households.size(), pending, now)));
            }
            // The audit row is the commit point: it names both files with their SHA-256, so that a kill
            // between it and the two moves below is finished on the next look at the log
            // (InterruptedExports) — never a logged export whose file is missing.
            // A contact list's rows enter the contact history as sent, with the audit row (counts only) in one
            // transaction; a pseudonymised analysis list contacts nobody and records nothing.
            long auditId = new ExportLogRepository(database).appendWithContacts(auditEntry(request, columns,
                    households.size(), pending, now, csv.sha256(), sidecar.sha256()),
                    id -> sentEvents(contacted, request, now, id));
            sidecar.publish();
            csv.publish();
            return new ExportResult(exported, excluded, pending.file(), pending.sidecar(), auditId);
        }
    }

    /** The rows of a contact list as SENT events naming the export's audit id (and the chain's step when it is one). */
    private static List<ContactEvent> sentEvents(List<String> codes, ExportRequest request, OffsetDateTime now, long auditId) {
        List<ContactEvent> events = new ArrayList<>(codes.size());
        String source = "export " + request.file().getFileName();
        for (String code : codes) {
            ContactEvent sent = ContactEvent.of(ContactSubjectKind.HOUSEHOLD, code, request.channel(), now, ContactOutcome.SENT)
                    .from(auditId, source);
            events.add(request.chainName() == null ? sent : sent.inStep(request.chainName(), request.stepName()));
        }
        return events;
    }

    private Map<String, HouseholdContact> loadContacts(List<String> codes) {
        HouseholdContactRepository repository = new HouseholdContactRepository(database);
        Map<String, HouseholdContact> contacts = new HashMap<>();
        for (int from = 0; from < codes.size(); from += CONTACT_CHUNK) {
            contacts.putAll(repository.findAll(codes.subList(from, Math.min(codes.size(), from + CONTACT_CHUNK))));
        }
        return contacts;
    }

    private CollectionDates collectionDatesOfUndated(Collection<Household> households) {
        List<String> undated = households.stream()
                .filter(h -> RetentionRule.recordedReference(h) == null).map(Household::anonCode).toList();
        if (undated.isEmpty()) {
            return CollectionDates.UNKNOWN;
        }
        Map<String, LocalDate> dates = new RetentionRepository(database).collectionDates(undated);
        return dates::get;
    }

    private String cell(ExportColumn column, Household household, ApprovedContact c) {
        return switch (column) {
            case ANON_CODE -> household.anonCode();
            case COMMUNE -> household.communeInsee();
            case SECTOR -> context.sectorOf().apply(household);
            case INTERESTS -> String.join(Interests.SEPARATOR, household.interests());
            case FIRST_NAME -> c.firstName();
            case LAST_NAME -> c.lastName();
            case EMAIL -> c.email();
            case PHONE -> c.phone();
            case ADDRESS -> c.address();
            case POSTAL_CODE -> c.postalCode();
            case CITY -> c.city();
        };
    }

    private Map<String, Object> sidecarContent(ExportRequest request, List<ExportColumn> columns, int selected,
                                               ExportResult result, OffsetDateTime now) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("name", request.targetName());
        target.put("definition", request.targetDefinition());
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("selected", selected);
        counts.put("exported", result.exported());
        counts.put("excluded", result.excludedByKey());
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("policyDate", policy.today().toString());
        rules.put("phoneConsentRequiredFrom", ContactPolicy.PHONE_CONSENT_REQUIRED_FROM.toString());
        rules.put("retentionPeriod", policy.retention().period().toString());
        Map<String, Object> sidecar = new LinkedHashMap<>();
        sidecar.put("format", "geoprospect-export/1");
        sidecar.put("project", database.projectName());
        sidecar.put("appVersion", context.appVersion());
        sidecar.put("exportedAt", now.toString());
        sidecar.put("file", fileName(request.file()));
        sidecar.put("mode", request.pseudonymised() ? "pseudonymised" : "contact");
        sidecar.put("channel", request.channel() == null ? null : request.channel().code());
        sidecar.put("target", target);
        if (request.chainName() != null) {
            Map<String, Object> chain = new LinkedHashMap<>();
            chain.put("name", request.chainName());
            chain.put("step", request.stepName());
            sidecar.put("chain", chain);
        }
        sidecar.put("columns", columns.stream().map(ExportColumn::code).toList());
        sidecar.put("counts", counts);
        sidecar.put("delimiter", String.valueOf(request.csv().delimiter()));
        sidecar.put("encoding", request.csv().bom() ? "UTF-8 with BOM" : "UTF-8");
        sidecar.put("rules", rules);
        return sidecar;
    }

    private ExportLogEntry auditEntry(ExportRequest request, List<ExportColumn> columns, int selected,
                                      ExportResult result, OffsetDateTime now, String csvSha256, String sidecarSha256) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("criteria", request.targetDefinition());
        if (request.chainName() != null) {
            details.put("chain", request.chainName());
            details.put("step", request.stepName());
        }
        details.put("selected", selected);
        details.put("sidecar", fileName(request.sidecar()));
        details.put("appVersion", context.appVersion());
        details.put(InterruptedExports.FOLDER, request.file().toAbsolutePath().normalize().getParent().toString());
        details.put(InterruptedExports.CSV_SHA256, csvSha256);
        details.put(InterruptedExports.SIDECAR_SHA256, sidecarSha256);
        return new ExportLogEntry(0, now, context.osUser(), ExportLogEntry.EXPORT, request.targetName(),
                request.modeCode(), columns.stream().map(ExportColumn::code).toList(), result.exported(),
                AuditJson.write(result.excludedByKey()), fileName(request.file()), AuditJson.write(details));
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }
}
