package org.akuntabel.evaluation.batch;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.persistence.SchemaMigration;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.reporting.FindingView;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * National-scale evaluation of a register (issue 8): start a run, follow its progress, read the latest complete run
 * and drill down to one entity's findings. Policy staff start runs; auditors read them.
 */
@Stateless
@Guarded
public class BatchRuns {

    /** The scope of every synthetic agency (codes {@code sintetis-…}). */
    public static final String SYNTHETIC = "sintetis";

    @Inject
    private BatchPlanning planning;

    @Inject
    private BatchRunStore store;

    @Inject
    private BatchJobs jobs;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    /**
     * Plans and stores a run, then starts its job; the run as it is at the start.
     *
     * @throws ValidationFailedException for an unknown register, a year out of range or an empty scope
     * @throws RunInProgressException    when a run of the same register, year and scope is still running
     */
    @Allowed(Role.KEBIJAKAN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public BatchRunView start(String register, Integer year, String scope) {
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        Optional<BatchRegister> known = register == null ? Optional.empty() : BatchRegister.byKey(register);
        if (known.isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("register", "Register '" + register
                    + "' tidak dikenal; pilih usaha-mikro, koperasi atau perusahaan"));
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.add(new ValidationFailedException.FieldError("year", "Tahun pelaporan harus antara 2000 dan 2100"));
        }
        if (scope == null || scope.isBlank()) {
            errors.add(new ValidationFailedException.FieldError("scope", "Lingkup wajib diisi: '" + SYNTHETIC
                    + "' (semua instansi sintetis) atau kode satu instansi"));
        }
        ValidationFailedException.throwIfAny(errors);
        long id = planning.plan(known.orElseThrow(), year, scope.trim());
        jobs.start(id);
        return view(id);
    }

    /**
     * One run with its partitions; once it has ended, also the number of results stored. While it runs that count is
     * left out: counting a table that grows by the run's results at every progress poll would cost the database work
     * growing with the run, at the expense of the run being watched.
     */
    @Allowed({Role.KEBIJAKAN, Role.AUDITOR})
    public BatchRunView view(long runId) {
        BatchRunStore.Run run = run(runId);
        return view(run, store.partitions(runId), "RUNNING".equals(run.status()) ? null : store.stored(runId));
    }

    /** The runs, newest first; each filter {@code null} for any. */
    @Allowed({Role.KEBIJAKAN, Role.AUDITOR})
    public List<BatchRunView> list(String register, Integer year, String scope) {
        return store.runs(register, year, scope).stream().map(run -> view(run, store.partitions(run.id()), null)).toList();
    }

    /** What readers see: the latest COMPLETED run of the register, year and scope (a run still in progress is not). */
    @Allowed({Role.KEBIJAKAN, Role.AUDITOR})
    public BatchRunView current(String register, int year, String scope) {
        BatchRunStore.Run run = store.latest(register, year, scope, "COMPLETED")
                .orElseThrow(() -> new NotFoundException("Belum ada evaluasi " + register + " " + year + " (" + scope
                        + ") yang selesai"));
        return view(run, store.partitions(run.id()), null);
    }

    /** The per-agency totals of a completed run. */
    @Allowed({Role.KEBIJAKAN, Role.AUDITOR})
    public List<AgencyCount> agencies(long runId) {
        run(runId);
        return store.agencies(runId);
    }

    /** Why one entity counted in the run or not: its stored findings, and whether its facts are still the ones judged. */
    @Allowed({Role.KEBIJAKAN, Role.AUDITOR})
    public EntityTrace entity(long runId, long entityId) {
        BatchRunStore.Run run = run(runId);
        BatchRunStore.Located located = store.result(runId, entityId)
                .orElseThrow(() -> new NotFoundException("Entitas " + entityId + " tidak ada dalam run " + runId));
        BatchRunStore.Result result = located.result();
        FindingsCodec codec = new FindingsCodec(run.criteria(), run.rules());
        List<FindingView> findings = codec.decode(result.findings()).stream()
                .map(f -> new FindingView(f.getCriterion(), f.getOutcome().name(), f.getEvidence(), f.getRule())).toList();
        return new EntityTrace(runId, entityId, result.name(), located.agencyCode(), result.counted(), run.ruleSet(),
                run.ruleSetVersion(), result.dataDigest(), unchanged(run, entityId, result.dataDigest()), findings);
    }

    /** Whether the register still holds the facts judged; {@code null} when the entity is no longer there. */
    private Boolean unchanged(BatchRunStore.Run run, long entityId, String digest) {
        BatchRegister register = BatchRegister.byKey(run.register()).orElseThrow();
        try (Connection connection = dataSource.getConnection()) {
            List<BatchRegister.Entity> now = register.page(connection, run.scope(), entityId - 1, entityId, 1, run.year());
            return now.isEmpty() ? null : RuleSetSource.sha256(now.get(0).facts().canonicalForm()).equals(digest);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read entity " + entityId, e);
        }
    }

    private BatchRunStore.Run run(long runId) {
        return store.run(runId).orElseThrow(() -> new NotFoundException("Run evaluasi " + runId + " tidak ada"));
    }

    private static BatchRunView view(BatchRunStore.Run run, List<BatchRunStore.Partition> partitions, Long stored) {
        long done = partitions.stream().mapToLong(BatchRunStore.Partition::done).sum();
        long counted = run.counted() != null ? run.counted() : partitions.stream().mapToLong(BatchRunStore.Partition::counted).sum();
        Instant end = run.completedAt() != null ? run.completedAt() : Instant.now();
        double elapsed = Math.max(0, Duration.between(run.startedAt(), end).toMillis() / 1000.0);
        Double rate = elapsed > 0 ? done / elapsed : null;
        Double eta = "RUNNING".equals(run.status()) && rate != null && rate > 0 ? Math.max(0, run.total() - done) / rate : null;
        return new BatchRunView(run.id(), run.register(), run.year(), run.scope(), run.status(), run.total(), done, counted, stored,
                rate == null ? null : Math.round(rate * 10) / 10.0, eta == null ? null : Math.round(eta * 10) / 10.0,
                Math.round(elapsed * 10) / 10.0, run.startedAt(), run.completedAt(), run.startedBy(), run.ruleSet(),
                run.ruleSetVersion(), run.attempts(), run.owner(), run.failure(),
                partitions.stream().map(p -> new BatchRunView.Partition(p.number(), p.firstId(), p.lastId(), p.total(), p.done(),
                        p.counted())).toList());
    }
}
