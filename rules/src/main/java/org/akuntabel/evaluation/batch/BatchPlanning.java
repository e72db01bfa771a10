package org.akuntabel.evaluation.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.access.AuditLog;
import org.akuntabel.access.Callers;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.RuleSetCatalog;
import org.akuntabel.evaluation.RuleSetVersions;
import org.akuntabel.persistence.SchemaMigration;
import org.akuntabel.registers.ValidationFailedException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans a new run in a transaction of its own, committed before its job starts: the rule-set version in force (for the
 * agency of the scope, or the general one for every synthetic agency), the id ranges of its partitions, the run row.
 */
@Stateless
public class BatchPlanning {

    /** Environment variable: partitions per run (default: the number of processors, at most 8). */
    public static final String PARTITIONS = "AKUNTABEL_BATCH_PARTITIONS";
    /** Fewer entities than this per partition are not worth a thread of their own. */
    static final long MIN_PER_PARTITION = 5_000;

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private BatchRunStore store;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSetVersions versions;

    @Inject
    private Callers callers;

    @Inject
    private AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long plan(BatchRegister register, int year, String scope) {
        refuseWhileRunning(register, year, scope);
        Agency agency = BatchRuns.SYNTHETIC.equals(scope) ? null : Agencies.byCode(em, scope);
        CompiledRuleSet rules = catalog.inForce(register.getRuleSet(), agency, year);
        versions.record(rules);
        List<BatchRunStore.Range> ranges;
        try (Connection connection = dataSource.getConnection()) {
            long total = register.count(connection, scope);
            if (total == 0) {
                throw new ValidationFailedException(List.of(new ValidationFailedException.FieldError("scope",
                        "Register " + register.getKey() + " lingkup " + scope + " tidak berisi entitas")));
            }
            ranges = ranges(connection, register, scope, total, partitions(total));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not plan the partitions of the batch run", e);
        }
        String by = callers.current().name();
        long id = store.create(register, year, scope, rules.getName(), rules.getVersion(), rules.getCriteria(),
                rules.getRuleReferences(), by, BatchJobs.INSTANCE, ranges);
        audit.record("BATCH_START", "BatchRun", Long.toString(id), agency == null ? null : agency.getCode(), null,
                register.getKey() + " " + year + " " + scope + ", " + ranges.stream().mapToLong(BatchRunStore.Range::total).sum()
                        + " entitas, aturan " + rules.getName() + " " + rules.getVersion(), null);
        return id;
    }

    /**
     * Takes the run table for this transaction (other planners, on any instance, wait until it commits), then refuses
     * when a run of the register, year and scope is still running: two starts at the same moment give one run.
     */
    private void refuseWhileRunning(BatchRegister register, int year, String scope) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement lock = connection.createStatement()) {
                lock.execute("LOCK TABLE batch_run IN EXCLUSIVE MODE");
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT MAX(id) FROM batch_run WHERE register_name = ?"
                    + " AND report_year = ? AND scope = ? AND status = 'RUNNING'")) {
                query.setString(1, register.getKey());
                query.setInt(2, year);
                query.setString(3, scope);
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    long running = rows.getLong(1);
                    if (!rows.wasNull()) {
                        throw new RunInProgressException(running, register.getKey() + " " + year + " (" + scope + ")");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check for a running batch run", e);
        }
    }

    static int partitions(long total) {
        String configured = System.getenv(PARTITIONS);
        int wanted = configured == null || configured.isBlank()
                ? Math.min(8, Runtime.getRuntime().availableProcessors()) : Integer.parseInt(configured.trim());
        return (int) Math.max(1, Math.min(wanted, total / MIN_PER_PARTITION));
    }

    /** {@code count} ranges of (nearly) equal numbers of entities, by the ids at their first and last ranks. */
    private static List<BatchRunStore.Range> ranges(Connection connection, BatchRegister register, String scope, long total,
                                                   int count) throws SQLException {
        List<BatchRunStore.Range> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long firstRank = i * total / count;
            long lastRank = (i + 1) * total / count - 1;
            ranges.add(new BatchRunStore.Range(register.idAtRank(connection, scope, firstRank),
                    register.idAtRank(connection, scope, lastRank), lastRank - firstRank + 1));
        }
        return ranges;
    }
}
