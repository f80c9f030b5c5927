package org.geoprospect.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.geoprospect.model.Channel;
import org.geoprospect.model.ContactDirection;
import org.geoprospect.model.ContactEvent;
import org.geoprospect.model.ContactOutcome;
import org.geoprospect.model.ContactSubjectKind;

/**
 * The project's marketing chains (tables {@code marketing_chain}, {@code chain_step_run},
 * {@code chain_held_out}): definitions as JSON with their schema version, one row per prepared step
 * (counts only) and each run's control group by code. Keyed by name (case-sensitive). Thread-safe;
 * arguments must not be null unless said.
 */
public final class ChainRepository {
    private final ProjectDatabase database;

    public ChainRepository(ProjectDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** A stored chain definition. */
    public record StoredChain(String name, String definitionJson, int definitionVersion, String status,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /**
     * One prepared step.
     *
     * @param excludedJson the exclusions by reason, as JSON
     * @param exportId     the audit row of the list's export, or null
     */
    public record StepRun(long id, String chain, String step, OffsetDateTime at, long seed, double controlPercent,
                          int audience, int contacted, int heldOut, String excludedJson, Long exportId) {
    }

    /** @return false, changing nothing, when a chain of that name exists */
    public boolean insert(String name, String json, int version, String status, OffsetDateTime at) {
        return Transactions.write(database, "save the chain '" + name + "'", connection -> {
            if (find(connection, name).isPresent()) {
                return false;
            }
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO marketing_chain (name, definition_json, "
                    + "definition_version, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, name);
                ps.setString(2, json);
                ps.setInt(3, version);
                ps.setString(4, status);
                ps.setObject(5, at);
                ps.setObject(6, at);
                ps.executeUpdate();
            }
            return true;
        });
    }

    /** @return false when there is no chain of that name */
    public boolean update(String name, String json, int version, String status, OffsetDateTime at) {
        return Transactions.write(database, "save the chain '" + name + "'", connection -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE marketing_chain SET definition_json = ?, "
                    + "definition_version = ?, status = ?, updated_at = ? WHERE name = ?")) {
                ps.setString(1, json);
                ps.setInt(2, version);
                ps.setString(3, status);
                ps.setObject(4, at);
                ps.setString(5, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The chain of that name. */
    public Optional<StoredChain> find(String name) {
        return Transactions.read(database, "read the chain '" + name + "'", connection -> find(connection, name));
    }

    /** Every chain, by name. */
    public List<StoredChain> list() {
        return Transactions.read(database, "read the chains", connection -> {
            List<StoredChain> chains = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT name, definition_json, definition_version, "
                    + "status, created_at, updated_at FROM marketing_chain ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    chains.add(stored(rs));
                }
            }
            return chains;
        });
    }

    /**
     * Deletes a chain with its step runs and control groups. Its contact events stay: they are facts about
     * people (the phone rules and the retention clock read them), not parts of the definition.
     *
     * @return false when there is no chain of that name
     */
    public boolean delete(String name) {
        return Transactions.write(database, "delete the chain '" + name + "'", connection -> {
            try (PreparedStatement runs = connection.prepareStatement("DELETE FROM chain_step_run WHERE chain_name = ?");
                 PreparedStatement chain = connection.prepareStatement("DELETE FROM marketing_chain WHERE name = ?")) {
                runs.setString(1, name);
                runs.executeUpdate();
                chain.setString(1, name);
                return chain.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records a prepared step, its control group and the contacted people's SENT events in one transaction
     * (all or nothing).
     *
     * @param sent the contact events to append (SENT, naming the chain and step and the export's id)
     * @return the run's id
     */
    public long recordRun(StepRun run, Collection<String> heldOut, Collection<ContactEvent> sent) {
        return Transactions.write(database, "record the step '" + run.step() + "'", connection -> {
            long id;
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO chain_step_run (chain_name, step_name, "
                    + "run_at, seed, control_percent, audience, contacted, held_out, excluded_json, export_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
                ps.setString(1, run.chain());
                ps.setString(2, run.step());
                ps.setObject(3, run.at());
                ps.setLong(4, run.seed());
                ps.setDouble(5, run.controlPercent());
                ps.setInt(6, run.audience());
                ps.setInt(7, run.contacted());
                ps.setInt(8, run.heldOut());
                ps.setString(9, run.excludedJson());
                if (run.exportId() == null) {
                    ps.setNull(10, Types.BIGINT);
                } else {
                    ps.setLong(10, run.exportId());
                }
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO chain_held_out (run_id, subject_code) VALUES (?, ?)")) {
                for (String code : heldOut) {
                    ps.setLong(1, id);
                    ps.setString(2, code);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            ContactHistoryRepository.insert(connection, sent);
            return id;
        });
    }

    /** The chain's step runs, oldest first. */
    public List<StepRun> runs(String chain) {
        return Transactions.read(database, "read the chain's runs", connection -> {
            List<StepRun> runs = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, chain_name, step_name, run_at, seed, "
                    + "control_percent, audience, contacted, held_out, excluded_json, export_id FROM chain_step_run "
                    + "WHERE chain_name = ? ORDER BY run_at, id")) {
                ps.setString(1, chain);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long export = rs.getLong(11);
                        Long exportId = rs.wasNull() ? null : export;
                        runs.add(new StepRun(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class), rs.getLong(5), rs.getDouble(6), rs.getInt(7),
                                rs.getInt(8), rs.getInt(9), rs.getString(10), exportId));
                    }
                }
            }
            return runs;
        });
    }

    /** One held-out person of a run. */
    public record HeldOutRow(String step, String code, OffsetDateTime runAt) {
    }

    /** Every held-out person of the chain's runs. */
    public List<HeldOutRow> heldOut(String chain) {
        return Transactions.read(database, "read the chain's control groups", connection -> {
            List<HeldOutRow> rows = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT r.step_name, h.subject_code, r.run_at "
                    + "FROM chain_held_out h JOIN chain_step_run r ON r.id = h.run_id WHERE r.chain_name = ?")) {
                ps.setString(1, chain);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new HeldOutRow(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)));
                    }
                }
            }
            return rows;
        });
    }

    /**
     * Every contact event of the chain's people — those it contacted or held out — from any source: the
     * chain's own SENT events and the answers, orders and refusals a results or orders file recorded
     * without naming the chain.
     */
    public List<ContactEvent> eventsOfChainPeople(String chain) {
        return Transactions.read(database, "read the chain's history", connection -> {
            List<ContactEvent> events = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT e.id, e.subject_kind, e.subject_code, "
                    + "e.channel, e.at, e.direction, e.outcome, e.amount, e.margin, e.chain_name, e.step_name, "
                    + "e.export_id, e.source FROM contact_event e WHERE e.subject_code IN ("
                    + "SELECT subject_code FROM contact_event WHERE chain_name = ? UNION "
                    + "SELECT h.subject_code FROM chain_held_out h JOIN chain_step_run r ON r.id = h.run_id "
                    + "WHERE r.chain_name = ?)")) {
                ps.setString(1, chain);
                ps.setString(2, chain);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(event(rs));
                    }
                }
            }
            return events;
        });
    }

    /** One recent outbound contact: who, when, in which chain (null outside chains). */
    public record RecentSent(String code, OffsetDateTime at, String chain) {
    }

    /** Every SENT event since {@code from} (the pressure caps' window), by subject code. */
    public Map<String, List<RecentSent>> sentSince(OffsetDateTime from) {
        return Transactions.read(database, "read the recent contacts", connection -> {
            Map<String, List<RecentSent>> byCode = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT subject_code, at, chain_name "
                    + "FROM contact_event WHERE at >= ? AND outcome = 'sent'")) {
                ps.setObject(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        byCode.computeIfAbsent(code, k -> new ArrayList<>(2))
                                .add(new RecentSent(code, rs.getObject(2, OffsetDateTime.class), rs.getString(3)));
                    }
                }
            }
            return byCode;
        });
    }

    /** Removes these subjects from every control group, on the caller's transaction (a purge). */
    static int deleteSubjects(Connection connection, Collection<String> codes) throws SQLException {
        int deleted = 0;
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM chain_held_out WHERE subject_code = ?")) {
            for (String code : codes) {
                ps.setString(1, code);
                deleted += ps.executeUpdate();
            }
        }
        return deleted;
    }

    private static Optional<StoredChain> find(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT name, definition_json, definition_version, "
                + "status, created_at, updated_at FROM marketing_chain WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(stored(rs)) : Optional.empty();
            }
        }
    }

    private static StoredChain stored(ResultSet rs) throws SQLException {
        return new StoredChain(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                rs.getObject(5, OffsetDateTime.class), rs.getObject(6, OffsetDateTime.class));
    }

    private static ContactEvent event(ResultSet rs) throws SQLException {
        long exportId = rs.getLong(12);
        Long export = rs.wasNull() ? null : exportId;
        double amount = rs.getDouble(8);
        Double a = rs.wasNull() ? null : amount;
        double margin = rs.getDouble(9);
        Double m = rs.wasNull() ? null : margin;
        return new ContactEvent(rs.getLong(1), ContactSubjectKind.fromCode(rs.getString(2)), rs.getString(3),
                Channel.fromCode(rs.getString(4)), rs.getObject(5, OffsetDateTime.class),
                ContactDirection.fromCode(rs.getString(6)), ContactOutcome.fromCode(rs.getString(7)), a, m,
                rs.getString(10), rs.getString(11), export, rs.getString(13));
    }
}
