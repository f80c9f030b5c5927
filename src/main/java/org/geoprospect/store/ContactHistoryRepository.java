package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactDirection;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;

/**
 * The project's contact history (table {@code contact_event}): one row per contact, naming its subject by
 * code only. Events are appended; they are removed only with their subject, by a purge or a right to
 * erasure ({@link #deleteSubjects}). Thread-safe; arguments must not be null.
 */
public final class ContactHistoryRepository {
    private static final String COLUMNS = "id, subject_kind, subject_code, channel, at, direction, outcome, amount, margin, "
            + "chain_name, step_name, export_id, source";
    private static final int BATCH = 10_000;

    private final ProjectDatabase database;

    public ContactHistoryRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Appends events in one transaction (all or nothing); their ids are ignored and given by the project.
     *
     * @return how many events were stored
     */
    public int appendAll(Collection<ContactEvent> events) {
        Objects.requireNonNull(events, "events");
        if (events.isEmpty()) {
            return 0;
        }
        return Transactions.write(database, "save the contact history", connection -> insert(connection, events));
    }

    /** Appends events on a connection whose transaction the caller owns (an export, an import). */
    static int insert(Connection connection, Collection<ContactEvent> events) throws SQLException {
        int stored = 0;
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO contact_event (subject_kind, subject_code, "
                + "channel, at, direction, outcome, amount, margin, chain_name, step_name, export_id, source) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (ContactEvent e : events) {
                ps.setString(1, e.subjectKind().code());
                ps.setString(2, e.subjectCode());
                ps.setString(3, e.channel().code());
                ps.setObject(4, e.at());
                ps.setString(5, e.direction().code());
                ps.setString(6, e.outcome().code());
                setDouble(ps, 7, e.amount());
                setDouble(ps, 8, e.margin());
                ps.setString(9, e.chainName());
                ps.setString(10, e.stepName());
                if (e.exportId() == null) {
                    ps.setNull(11, Types.BIGINT);
                } else {
                    ps.setLong(11, e.exportId());
                }
                ps.setString(12, e.source());
                ps.addBatch();
                if (++pending == BATCH) {
                    stored += executed(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                stored += executed(ps.executeBatch());
            }
        }
        return stored;
    }

    /**
     * Every household's anonymous code and every client's code, with its kind (a household wins when a
     * client has the same code). Meant for matching a results file's codes.
     */
    public java.util.Map<String, ContactSubjectKind> subjectCodes() {
        return Transactions.read(database, "read the households' and clients' codes", connection -> {
            java.util.Map<String, ContactSubjectKind> codes = new java.util.HashMap<>();
            try (Statement st = connection.createStatement()) {
                try (ResultSet rs = st.executeQuery("SELECT code FROM client")) {
                    while (rs.next()) {
                        codes.put(rs.getString(1), ContactSubjectKind.CLIENT);
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT anon_code FROM household")) {
                    while (rs.next()) {
                        codes.put(rs.getString(1), ContactSubjectKind.HOUSEHOLD);
                    }
                }
            }
            return codes;
        });
    }

    /** What {@link #importResults} stored. */
    public record ImportedResults(int stored, int duplicates, List<Long> objectionIds) {
    }

    /**
     * Stores a results file's events and the objections it implies in one transaction (all or nothing).
     * An event identical to one already in the project (or earlier in {@code events}) in subject, channel,
     * time, outcome, chain and step is not added again, so re-importing a file adds nothing.
     *
     * Objections are recorded only for the events actually added, so that a re-import does not record
     * them twice.
     *
     * @param objectionOf the objection an event implies (an unsubscribe, a "do not call"), or null for none
     * @param recordedAt  when the objections are recorded
     */
    public ImportedResults importResults(List<ContactEvent> events,
                                         java.util.function.Function<ContactEvent, ObjectionRecord> objectionOf,
                                         OffsetDateTime recordedAt) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(objectionOf, "objectionOf");
        return Transactions.write(database, "save the results", connection -> {
            java.util.Set<String> known = new java.util.HashSet<>();
            if (!events.isEmpty()) {
                OffsetDateTime first = events.get(0).at();
                OffsetDateTime last = first;
                for (ContactEvent e : events) {
                    first = e.at().isBefore(first) ? e.at() : first;
                    last = e.at().isAfter(last) ? e.at() : last;
                }
                try (PreparedStatement ps = connection.prepareStatement("SELECT subject_code, channel, at, outcome, "
                        + "chain_name, step_name FROM contact_event WHERE at BETWEEN ? AND ?")) {
                    ps.setObject(1, first);
                    ps.setObject(2, last);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            known.add(key(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                                    rs.getString(4), rs.getString(5), rs.getString(6)));
                        }
                    }
                }
            }
            List<ContactEvent> fresh = new ArrayList<>(events.size());
            List<ObjectionRecord> objections = new ArrayList<>();
            for (ContactEvent e : events) {
                if (known.add(key(e.subjectCode(), e.channel().code(), e.at(), e.outcome().code(), e.chainName(),
                        e.stepName()))) {
                    fresh.add(e);
                    ObjectionRecord objection = objectionOf.apply(e);
                    if (objection != null) {
                        objections.add(objection);
                    }
                }
            }
            int stored = insert(connection, fresh);
            List<Long> ids = ObjectionRepository.insertReturningIds(connection, objections, recordedAt);
            return new ImportedResults(stored, events.size() - fresh.size(), ids);
        });
    }

    /** The identity of an event for re-imports; the instant is compared, not its written offset. */
    private static String key(String code, String channel, OffsetDateTime at, String outcome, String chain, String step) {
        return code + '\u0001' + channel + '\u0001' + at.toInstant() + '\u0001' + outcome + '\u0001' + chain + '\u0001' + step;
    }

    /** Every event of one subject, oldest first (ties by id). */
    public List<ContactEvent> forSubject(String subjectCode) {
        Objects.requireNonNull(subjectCode, "subjectCode");
        return Transactions.read(database, "read the contact history", connection -> {
            List<ContactEvent> events = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM contact_event WHERE subject_code = ? ORDER BY at, id")) {
                ps.setString(1, subjectCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(read(rs));
                    }
                }
            }
            return events;
        });
    }

    /** Every event of one chain (or of one of its steps when step is not null), oldest first. */
    public List<ContactEvent> forChain(String chainName, String stepName) {
        Objects.requireNonNull(chainName, "chainName");
        return Transactions.read(database, "read the chain's contacts", connection -> {
            List<ContactEvent> events = new ArrayList<>();
            String sql = "SELECT " + COLUMNS + " FROM contact_event WHERE chain_name = ?"
                    + (stepName == null ? "" : " AND step_name = ?") + " ORDER BY at, id";
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                ps.setString(1, chainName);
                if (stepName != null) {
                    ps.setString(2, stepName);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(read(rs));
                    }
                }
            }
            return events;
        });
    }

    /**
     * Hands every event to the consumer in id order, streamed (10 million events need not fit in a list).
     * Meant for building the in-memory history the rules read.
     */
    public void forEach(Consumer<ContactEvent> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        Transactions.read(database, "read the contact history", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM contact_event ORDER BY id")) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
            return null;
        });
    }

    /** How many events the project holds. */
    public long count() {
        return Transactions.read(database, "count the contact history", connection -> {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM contact_event")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Deletes every event of the given subjects on the caller's transaction (a purge). */
    static int deleteSubjects(Connection connection, Collection<String> subjectCodes) throws SQLException {
        int deleted = 0;
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM contact_event WHERE subject_code = ?")) {
            int pending = 0;
            for (String code : subjectCodes) {
                ps.setString(1, code);
                ps.addBatch();
                if (++pending == BATCH) {
                    deleted += executed(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                deleted += executed(ps.executeBatch());
            }
        }
        return deleted;
    }

    /** Deletes every event of the given subjects in one transaction. */
    public int deleteSubjects(Collection<String> subjectCodes) {
        Objects.requireNonNull(subjectCodes, "subjectCodes");
        return Transactions.write(database, "delete contact history", connection -> deleteSubjects(connection, subjectCodes));
    }

    private static ContactEvent read(ResultSet rs) throws SQLException {
        long exportId = rs.getLong(12);
        Long export = rs.wasNull() ? null : exportId;
        return new ContactEvent(rs.getLong(1), ContactSubjectKind.fromCode(rs.getString(2)), rs.getString(3),
                Channel.fromCode(rs.getString(4)), rs.getObject(5, OffsetDateTime.class),
                ContactDirection.fromCode(rs.getString(6)), ContactOutcome.fromCode(rs.getString(7)),
                nullableDouble(rs, 8), nullableDouble(rs, 9), rs.getString(10), rs.getString(11), export, rs.getString(13));
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static int executed(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c == Statement.SUCCESS_NO_INFO ? 1 : Math.max(c, 0);
        }
        return n;
    }
}
