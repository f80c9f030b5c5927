package org.geoprospect.store;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the retention rule needs from the store: the day each household entered the project
 * ({@code household.collected_on}, set on first import and left unchanged by re-imports), and the
 * irreversible removal of households past retention together with its audit-log row.
 * Meant for {@code privacy}; thread-safe; arguments must not be null.
 */
public final class RetentionRepository {
    private static final int CHUNK = 10_000;
    /** The project_meta key of the project's retention period (ISO-8601, e.g. P3Y); absent: the default. */
    static final String PERIOD_KEY = "retention_period";

    private final ProjectDatabase database;

    public RetentionRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** The project's own retention period as stored (e.g. {@code P3Y}), empty when it uses the default. */
    public Optional<String> retentionPeriod() {
        return Transactions.read(database, "read the retention period", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT meta_value FROM project_meta WHERE meta_key = ?")) {
                ps.setString(1, PERIOD_KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Stores the project's retention period (the caller validates it, e.g. {@code P3Y}). */
    public void setRetentionPeriod(String isoPeriod) {
        Objects.requireNonNull(isoPeriod, "isoPeriod");
        Transactions.write(database, "save the retention period", connection -> {
            ProjectMeta.put(connection, PERIOD_KEY, isoPeriod);
            return null;
        });
    }

    /** The day each of these households entered the project; codes not stored are absent. */
    public Map<String, LocalDate> collectionDates(Collection<String> anonCodes) {
        Objects.requireNonNull(anonCodes, "anonCodes");
        List<String> codes = List.copyOf(anonCodes);
        return Transactions.read(database, "read the households' collection dates", connection -> {
            Map<String, LocalDate> dates = new HashMap<>();
            CodeLookup.forCodes(connection, "SELECT anon_code, collected_on FROM household", codes,
                    rs -> dates.put(rs.getString(1), rs.getObject(2, LocalDate.class)));
            return dates;
        });
    }

    /**
     * Deletes the households (their contact fields go with them, by cascade, and their contact history with
     * them) and appends the audit row, in one transaction: either all happen or none. Objections are kept.
     *
     * @param auditEntry the purge's audit row; it must not name the households
     * @return how many households were deleted
     */
    public long deleteHouseholds(Collection<String> anonCodes, ExportLogEntry auditEntry) {
        Objects.requireNonNull(anonCodes, "anonCodes");
        Objects.requireNonNull(auditEntry, "auditEntry");
        List<String> codes = new ArrayList<>(anonCodes);
        return Transactions.write(database, "delete the households past retention", connection -> {
            long deleted = 0;
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM household WHERE anon_code = ANY (?)")) {
                for (int from = 0; from < codes.size(); from += CHUNK) {
                    Array chunk = connection.createArrayOf("VARCHAR",
                            codes.subList(from, Math.min(codes.size(), from + CHUNK)).toArray());
                    ps.setArray(1, chunk);
                    deleted += ps.executeUpdate();
                }
            }
            ContactHistoryRepository.deleteSubjects(connection, codes);
            HouseholdGeneration.bump(connection);
            ExportLogRepository.insert(connection, new ExportLogEntry(0, auditEntry.at(), auditEntry.osUser(),
                    auditEntry.action(), auditEntry.targetName(), auditEntry.channel(), auditEntry.columns(), deleted,
                    auditEntry.excludedJson(), auditEntry.fileName(), auditEntry.detailsJson()));
            return deleted;
        });
    }
}
