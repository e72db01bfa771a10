package org.akuntabel.evaluation.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.akuntabel.persistence.SchemaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The batch-run tables (V15), in plain JDBC on the application's data source: the small run and partition rows, and
 * the results written a page at a time. A page of results and its partition's progress are committed together, in a
 * transaction of their own (not the batch runtime's chunk transaction, which holds the runtime's own job-repository
 * connection: the two data sources are not XA, and the partition rows, not the runtime's checkpoints, say where a run
 * resumes). Reads run without a transaction. Times are UTC.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRunStore {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    /** A run row. */
    public record Run(long id, String register, int year, String scope, String ruleSet, String ruleSetVersion,
                      List<String> criteria, List<String> rules, String status, long total, Long counted, String startedBy,
                      Instant startedAt, Instant completedAt, String owner, Instant heartbeat, int attempts, String failure) {
    }

    /** A partition row. */
    public record Partition(long runId, int number, long firstId, long lastId, long total, long done, long counted,
                            long lastDoneId, Instant updatedAt) {
    }

    /** One entity's result, as stored. */
    public record Result(long entityId, long agencyId, String name, boolean counted, String dataDigest, String findings) {
    }

    /** A page of entities of the scope, read without a transaction ({@link BatchRegister#page}). */
    public List<BatchRegister.Entity> page(BatchRegister register, String scope, long afterId, long lastId, int size, int year) {
        try (Connection connection = connection()) {
            return register.page(connection, scope, afterId, lastId, size, year);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + register.getKey() + " after id " + afterId, e);
        }
    }

    /** A stored result with the code of its entity's agency. */
    public record Located(Result result, String agencyCode) {
    }

    /** The planned partitions of a new run: id ranges with their entity counts. */
    public record Range(long firstId, long lastId, long total) {
    }

    private Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Stores a new RUNNING run and its partitions, in the caller's transaction; its id. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long create(BatchRegister register, int year, String scope, String ruleSet, String ruleSetVersion, List<String> criteria,
                       List<String> rules, String startedBy, String owner, List<Range> ranges) {
        Timestamp now = now();
        try (Connection connection = connection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_run (register_name, report_year, scope,"
                     + " rule_set, rule_set_version, criteria, rule_refs, status, total_entities, started_by, started_at,"
                     + " owner_instance, heartbeat, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?, 1)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, register.getKey());
            insert.setInt(2, year);
            insert.setString(3, scope);
            insert.setString(4, ruleSet);
            insert.setString(5, ruleSetVersion);
            insert.setString(6, String.join("\n", criteria));
            insert.setString(7, String.join("\n", rules));
            insert.setLong(8, ranges.stream().mapToLong(Range::total).sum());
            insert.setString(9, startedBy);
            insert.setTimestamp(10, now);
            insert.setString(11, owner);
            insert.setTimestamp(12, now);
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            try (PreparedStatement partition = connection.prepareStatement("INSERT INTO batch_partition (run_id, partition_no,"
                    + " first_id, last_id, total_entities, done_entities, counted_entities, last_done_id, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)")) {
                for (int i = 0; i < ranges.size(); i++) {
                    Range range = ranges.get(i);
                    partition.setLong(1, id);
                    partition.setInt(2, i);
                    partition.setLong(3, range.firstId());
                    partition.setLong(4, range.lastId());
                    partition.setLong(5, range.total());
                    partition.setLong(6, range.firstId() - 1);
                    partition.setTimestamp(7, now);
                    partition.addBatch();
                }
                partition.executeBatch();
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the batch run", e);
        }
    }

    public Optional<Run> run(long id) {
        return runs("WHERE id = ?", statement -> statement.setLong(1, id)).stream().findFirst();
    }

    /** The runs of a register, year and scope (each {@code null} for any), newest first. */
    public List<Run> runs(String register, Integer year, String scope) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        if (register != null) {
            where.append(" AND register_name = ?");
        }
        if (year != null) {
            where.append(" AND report_year = ?");
        }
        if (scope != null) {
            where.append(" AND scope = ?");
        }
        return runs(where + " ORDER BY id DESC", statement -> {
            int index = 1;
            if (register != null) {
                statement.setString(index++, register);
            }
            if (year != null) {
                statement.setInt(index++, year);
            }
            if (scope != null) {
                statement.setString(index, scope);
            }
        });
    }

    /** The latest run of the key with {@code status}. */
    public Optional<Run> latest(String register, int year, String scope, String status) {
        return runs("WHERE register_name = ? AND report_year = ? AND scope = ? AND status = ? ORDER BY id DESC", statement -> {
            statement.setString(1, register);
            statement.setInt(2, year);
            statement.setString(3, scope);
            statement.setString(4, status);
        }).stream().findFirst();
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<Run> runs(String where, Binder binder) {
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement("SELECT id, register_name, report_year, scope, rule_set,"
                     + " rule_set_version, criteria, rule_refs, status, total_entities, counted_entities, started_by, started_at,"
                     + " completed_at, owner_instance, heartbeat, attempts, failure FROM batch_run " + where)) {
            binder.bind(query);
            List<Run> runs = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long counted = rows.getLong(11);
                    Long countedOrNull = rows.wasNull() ? null : counted;
                    runs.add(new Run(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4), rows.getString(5),
                            rows.getString(6), lines(rows.getString(7)), lines(rows.getString(8)), rows.getString(9),
                            rows.getLong(10), countedOrNull, rows.getString(12), instant(rows.getTimestamp(13)),
                            instant(rows.getTimestamp(14)), rows.getString(15), instant(rows.getTimestamp(16)), rows.getInt(17),
                            rows.getString(18)));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read batch runs", e);
        }
    }

    public List<Partition> partitions(long runId) {
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement("SELECT run_id, partition_no, first_id, last_id, total_entities,"
                     + " done_entities, counted_entities, last_done_id, updated_at FROM batch_partition WHERE run_id = ?"
                     + " ORDER BY partition_no")) {
            query.setLong(1, runId);
            List<Partition> partitions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    partitions.add(new Partition(rows.getLong(1), rows.getInt(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                            rows.getLong(6), rows.getLong(7), rows.getLong(8), instant(rows.getTimestamp(9))));
                }
            }
            return partitions;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the partitions of batch run " + runId, e);
        }
    }

    /**
     * Stores a page of results and moves the partition's progress from {@code expectedLastDoneId} to {@code lastDoneId}
     * in the caller's transaction.
     *
     * @throws IllegalStateException if the partition is no longer at {@code expectedLastDoneId}: another execution
     *                               advanced it (the run was claimed elsewhere), and this page must not be stored
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void store(long runId, int partition, long expectedLastDoneId, long lastDoneId, List<Result> results) {
        long counted = results.stream().filter(Result::counted).count();
        try (Connection connection = connection()) {
            try (PreparedStatement advance = connection.prepareStatement("UPDATE batch_partition SET done_entities = done_entities + ?,"
                    + " counted_entities = counted_entities + ?, last_done_id = ?, updated_at = ? WHERE run_id = ? AND partition_no = ?"
                    + " AND last_done_id = ?")) {
                advance.setLong(1, results.size());
                advance.setLong(2, counted);
                advance.setLong(3, lastDoneId);
                advance.setTimestamp(4, now());
                advance.setLong(5, runId);
                advance.setInt(6, partition);
                advance.setLong(7, expectedLastDoneId);
                if (advance.executeUpdate() != 1) {
                    throw new IllegalStateException("Partition " + partition + " of batch run " + runId + " is no longer at entity "
                            + expectedLastDoneId + ": another execution has advanced it");
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_result (run_id, entity_id, agency_id,"
                    + " entity_name, counted, data_digest, findings) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Result result : results) {
                    insert.setLong(1, runId);
                    insert.setLong(2, result.entityId());
                    insert.setLong(3, result.agencyId());
                    insert.setString(4, result.name());
                    insert.setBoolean(5, result.counted());
                    insert.setString(6, result.dataDigest());
                    insert.setString(7, result.findings());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store results of batch run " + runId + " partition " + partition, e);
        }
    }

    /**
     * Completes a run: totals per agency, the counted total, status COMPLETED: from this commit on readers see it.
     * {@code total} becomes the number of entities evaluated (the register may have changed since the run was planned).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(long runId) {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM batch_run_agency WHERE run_id = " + runId);
            statement.executeUpdate("INSERT INTO batch_run_agency (run_id, agency_id, total_entities, counted_entities)"
                    + " SELECT run_id, agency_id, COUNT(*), SUM(CASE WHEN counted THEN 1 ELSE 0 END) FROM batch_result"
                    + " WHERE run_id = " + runId + " GROUP BY run_id, agency_id");
            try (PreparedStatement update = connection.prepareStatement("UPDATE batch_run SET status = 'COMPLETED',"
                    + " completed_at = ?, total_entities = (SELECT SUM(done_entities) FROM batch_partition WHERE run_id = ?),"
                    + " counted_entities = (SELECT SUM(counted_entities) FROM batch_partition WHERE run_id = ?)"
                    + " WHERE id = ? AND status = 'RUNNING'")) {
                update.setTimestamp(1, now());
                update.setLong(2, runId);
                update.setLong(3, runId);
                update.setLong(4, runId);
                if (update.executeUpdate() != 1) {
                    throw new IllegalStateException("Batch run " + runId + " is not running and cannot be completed");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not complete batch run " + runId, e);
        }
    }

    /** Marks a run FAILED with the reason, in a transaction of its own; readers keep seeing the previous complete run. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long runId, String reason) {
        try (Connection connection = connection();
             PreparedStatement update = connection.prepareStatement("UPDATE batch_run SET status = 'FAILED', completed_at = ?,"
                     + " failure = ? WHERE id = ? AND status = 'RUNNING'")) {
            update.setTimestamp(1, now());
            update.setString(2, reason == null ? null : reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            update.setLong(3, runId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark batch run " + runId + " as failed", e);
        }
    }

    /**
     * The RUNNING runs that nobody is advancing: claimed before {@code before} and without partition progress since.
     */
    public List<Long> stalled(Instant before) {
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement("SELECT r.id FROM batch_run r WHERE r.status = 'RUNNING'"
                     + " AND r.heartbeat < ? AND NOT EXISTS (SELECT 1 FROM batch_partition p WHERE p.run_id = r.id"
                     + " AND p.updated_at >= ?) ORDER BY r.id")) {
            query.setTimestamp(1, timestamp(before));
            query.setTimestamp(2, timestamp(before));
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for stalled batch runs", e);
        }
    }

    /**
     * Claims a stalled run for {@code owner} (one instance wins: the update is conditional on the run still being
     * stalled); true when this caller won and must resume it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(long runId, String owner, Instant stalledBefore) {
        try (Connection connection = connection();
             PreparedStatement update = connection.prepareStatement("UPDATE batch_run SET owner_instance = ?, heartbeat = ?,"
                     + " attempts = attempts + 1 WHERE id = ? AND status = 'RUNNING' AND heartbeat < ? AND NOT EXISTS"
                     + " (SELECT 1 FROM batch_partition p WHERE p.run_id = ? AND p.updated_at >= ?)")) {
            update.setString(1, owner);
            update.setTimestamp(2, now());
            update.setLong(3, runId);
            update.setTimestamp(4, timestamp(stalledBefore));
            update.setLong(5, runId);
            update.setTimestamp(6, timestamp(stalledBefore));
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim batch run " + runId, e);
        }
    }

    /** Gives up a claim whose job could not be started: the run counts as stalled again at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void release(long runId) {
        try (Connection connection = connection();
             PreparedStatement update = connection.prepareStatement("UPDATE batch_run SET heartbeat = ? WHERE id = ?"
                     + " AND status = 'RUNNING'")) {
            update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.of(2000, 1, 1, 0, 0)));
            update.setLong(2, runId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release batch run " + runId, e);
        }
    }

    /** How many results are stored for the run. */
    public long stored(long runId) {
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM batch_result WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the results of batch run " + runId, e);
        }
    }

    /** One entity's stored result and its agency's code. */
    public Optional<Located> result(long runId, long entityId) {
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement("SELECT r.entity_id, r.agency_id, r.entity_name, r.counted,"
                     + " r.data_digest, r.findings, a.code FROM batch_result r JOIN agency a ON a.id = r.agency_id"
                     + " WHERE r.run_id = ? AND r.entity_id = ?")) {
            query.setLong(1, runId);
            query.setLong(2, entityId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Located(new Result(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getBoolean(4),
                        rows.getString(5), rows.getString(6)), rows.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a result of batch run " + runId, e);
        }
    }

    /** The per-agency totals of a completed run, by agency code. */
    public List<AgencyCount> agencies(long runId) {
        try (Connection connection = connection();
             PreparedStatement query = connection.prepareStatement("SELECT a.code, a.name, c.total_entities, c.counted_entities"
                     + " FROM batch_run_agency c JOIN agency a ON a.id = c.agency_id WHERE c.run_id = ? ORDER BY a.code")) {
            query.setLong(1, runId);
            List<AgencyCount> counts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(new AgencyCount(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4)));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the agencies of batch run " + runId, e);
        }
    }

    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
