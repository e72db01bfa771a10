package org.akuntabel.evaluation.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes runs whose execution died with its server (kill -9, power loss) or ended without completing: every
 * {@value #PERIOD_SECONDS} s each instance looks for RUNNING runs none of whose partitions has committed progress for
 * {@link #staleAfterSeconds()} s; the one instance that claims such a run (a conditional update) starts a new job
 * execution, which continues every partition after its last committed entity. Readers see the previous complete run
 * throughout. After {@value #MAX_ATTEMPTS} attempts a run is marked FAILED instead.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRecovery {

    static final int PERIOD_SECONDS = 10;
    static final int MAX_ATTEMPTS = 10;
    /** Environment variable: seconds without progress after which a run counts as interrupted (default 30). */
    public static final String STALE_SECONDS = "AKUNTABEL_BATCH_STALE_SECONDS";

    private static final Logger LOG = Logger.getLogger(BatchRecovery.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private BatchRunStore store;

    @Inject
    private BatchJobs jobs;

    @PostConstruct
    void schedule() {
        // the first look once the application is up (the batch runtime starts jobs only then)
        timers.createIntervalTimer(15_000, PERIOD_SECONDS * 1_000L, new TimerConfig("batch-recovery", false));
    }

    static long staleAfterSeconds() {
        String configured = System.getenv(STALE_SECONDS);
        return configured == null || configured.isBlank() ? 30 : Long.parseLong(configured.trim());
    }

    @Timeout
    void resumeStalled() {
        Instant before = Instant.now().minusSeconds(staleAfterSeconds());
        try {
            for (long runId : store.stalled(before)) {
                BatchRunStore.Run run = store.run(runId).orElseThrow();
                if (run.attempts() >= MAX_ATTEMPTS) {
                    store.fail(runId, "Dihentikan setelah " + run.attempts() + " percobaan tanpa selesai");
                    LOG.warning(() -> "Batch run " + runId + " failed after " + run.attempts() + " attempts");
                } else if (store.claim(runId, BatchJobs.INSTANCE, before)) {
                    LOG.info(() -> "Batch run " + runId + " made no progress since " + before + "; resuming it (attempt "
                            + (run.attempts() + 1) + ")");
                    try {
                        jobs.start(runId);
                    } catch (RuntimeException e) {
                        // claimed but not started: let the next look (here or elsewhere) claim it again at once
                        store.release(runId);
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for interrupted batch runs failed; trying again in " + PERIOD_SECONDS + " s", e);
        }
    }
}
