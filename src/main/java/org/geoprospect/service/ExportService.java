package org.geoprospect.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.geoprospect.model.Household;
import org.geoprospect.model.ProgressMonitor;
import org.geoprospect.privacy.CollectionDates;
import org.geoprospect.privacy.ContactListExporter;
import org.geoprospect.privacy.ContactPolicy;
import org.geoprospect.privacy.ExportContext;
import org.geoprospect.privacy.ExportRequest;
import org.geoprospect.privacy.ExportResult;
import org.geoprospect.privacy.Objection;
import org.geoprospect.privacy.InterruptedExports;
import org.geoprospect.privacy.ObjectionRegister;
import org.geoprospect.privacy.RetentionRule;
import org.geoprospect.privacy.SimilarProductsException;
import org.geoprospect.store.ExportLogEntry;
import org.geoprospect.store.ExportLogRepository;
import org.geoprospect.store.HouseholdRepository;
import org.geoprospect.store.ProjectDatabase;
import org.geoprospect.store.RetentionRepository;

/**
 * Export use cases shared by the UI and the command line ({@code export}, {@code audit},
 * {@code import objections}): each call opens the project and closes it again. The rules live in
 * {@link ContactPolicy}; this class only wires the project's objections and retention period to it.
 * Thread-safe.
 */
public final class ExportService {
    /** The folder the application proposes for a project's exports: {@code <project>/exports}. */
    public static Path exportsFolder(Path project) {
        return project.resolve("exports");
    }

    private final Clock clock;
    private final String osUser;
    private final String appVersion;

    /** The real clock, the OS user and the jar's version. */
    public ExportService() {
        this(Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"), appVersion());
    }

    /** For tests: a fixed clock and user. */
    public ExportService(Clock clock, String osUser, String appVersion) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.osUser = Objects.requireNonNull(osUser, "osUser");
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
    }

    /** Which households to export: by anonymous codes, or those matching a predicate. */
    public record Selection(Set<String> anonCodes, Predicate<Household> predicate) {
        /** The households with these codes (unknown codes are ignored). */
        public static Selection codes(Collection<String> codes) {
            Set<String> set = Set.copyOf(codes);
            return new Selection(set, h -> set.contains(h.anonCode()));
        }

        /** The households matching a predicate (e.g. a saved target's criteria). */
        public static Selection matching(Predicate<Household> predicate) {
            return new Selection(null, Objects.requireNonNull(predicate, "predicate"));
        }

        /** Every household of the project. */
        public static Selection all() {
            return new Selection(null, h -> true);
        }
    }

    /**
     * Exports the selected households (see {@link ContactListExporter} for the rules, the sidecar and the
     * audit row).
     *
     * @throws UserFacingException when the file cannot be written (one sentence)
     */
    public ExportResult export(Path projectDir, Selection selection, ExportRequest request, ProgressMonitor monitor) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            InterruptedExports.complete(database);
            List<Household> households = new ArrayList<>();
            java.util.Map<String, java.time.LocalDate> collected = new java.util.HashMap<>();
            new HouseholdRepository(database).forEachWithCollectionDate((h, collectedOn) -> {
                if (selection.predicate().test(h)) {
                    households.add(h);
                    if (collectedOn != null) {
                        collected.put(h.anonCode(), collectedOn);
                    }
                }
            }, monitor);
            ExportContext context = new ExportContext(osUser, appVersion, h -> null);
            return new ContactListExporter(database, policy(database), context).export(households, collected::get, request);
        } catch (IOException e) {
            throw new UserFacingException("The export to " + request.file() + " could not be written ("
                    + e.getMessage() + "); choose a folder you can write to and try again.", e);
        }
    }

    /**
     * The project's audit log (exports, tour packs and purges), oldest first. Exports and tour packs a kill
     * interrupted after their row was written are finished first ({@link InterruptedExports},
     * {@link TourService#completeInterruptedPacks}), so every export listed has its files.
     *
     * @throws UserFacingException when such an export's file cannot be moved into place
     */
    public List<AuditRow> auditLog(Path projectDir) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            if (!database.readOnly()) {
                InterruptedExports.complete(database);
                TourService.completeInterruptedPacks(database);
            }
            return new ExportLogRepository(database).all().stream().map(AuditRow::of).toList();
        } catch (IOException e) {
            throw new UserFacingException("An export interrupted earlier could not be finished (" + e.getMessage()
                    + "); check the export folder's permissions, then open the audit log again.", e);
        }
    }

    /** Records objections (from a file or the UI); returns how many were recorded. */
    public int recordObjections(Path projectDir, Collection<Objection> objections) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return new ObjectionRegister(database, clock).record(objections);
        }
    }

    /** Records objections typed by the user; returns their ids so that Undo can take them back. */
    public List<Long> recordObjectionsUndoably(Path projectDir, Collection<Objection> objections) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return new ObjectionRegister(database, clock).recordUndoably(objections);
        }
    }

    /** Takes back objections recorded by {@link #recordObjectionsUndoably}; the audit log keeps the count. */
    public int withdrawObjections(Path projectDir, Collection<Long> ids) {
        try (ProjectDatabase database = ProjectDatabase.open(projectDir)) {
            return new ObjectionRegister(database, clock).withdraw(ids, osUser);
        }
    }

    /** The project's contact policy today (objections loaded, project retention period). */
    static ContactPolicy policy(ProjectDatabase database, Clock clock) {
        return new ContactPolicy(clock, new ObjectionRegister(database, clock).load(), retentionRule(database),
                SimilarProductsException.NONE, CollectionDates.UNKNOWN);
    }

    private ContactPolicy policy(ProjectDatabase database) {
        return policy(database, clock);
    }

    /** The project's retention rule: its stored period, else 3 years. */
    static RetentionRule retentionRule(ProjectDatabase database) {
        return new RetentionRepository(database).retentionPeriod().map(RetentionRule::parse)
                .orElseGet(RetentionRule::standard);
    }

    static String appVersion() {
        String version = ExportService.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    /**
     * One audit-log row as the UI and {@code audit --json} show it.
     *
     * @param excludedJson counts left out by reason, as JSON; null for a purge
     * @param detailsJson  criteria or purge details, as JSON
     */
    public record AuditRow(long id, OffsetDateTime at, String user, String action, String target, String channel,
                           List<String> columns, long count, String excludedJson, String file, String detailsJson) {
        static AuditRow of(ExportLogEntry e) {
            return new AuditRow(e.id(), e.at(), e.osUser(), e.action(), e.targetName(), e.channel(), e.columns(),
                    e.count(), e.excludedJson(), e.fileName(), e.detailsJson());
        }
    }
}
