package org.akuntabel.evaluation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/**
 * Logs how a job execution of a run ended. A run whose execution ended without completing stays RUNNING (unless a rule
 * error failed it): once its partitions have made no progress for a while, {@link BatchRecovery} resumes it, on this
 * instance or another, up to {@link BatchRecovery#MAX_ATTEMPTS} attempts.
 */
@Named
@Dependent
public class BatchRunListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(BatchRunListener.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private JobContext job;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.FAILED || status == BatchStatus.STOPPED) {
            LOG.warning(() -> "Batch run " + runId + ": job execution " + job.getExecutionId() + " ended " + status
                    + " (" + job.getExitStatus() + "); the run is resumed if it is still running");
        }
    }
}
