package org.akuntabel.evaluation.batch;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;

import java.lang.management.ManagementFactory;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts the evaluation job ({@code META-INF/batch-jobs/evaluasi-register.xml}) for a stored run. */
@ApplicationScoped
public class BatchJobs {

    /** The job's name (its XML file). */
    public static final String JOB = "evaluasi-register";
    /** The job parameter naming the run. */
    public static final String RUN_ID = "runId";

    private static final Logger LOG = Logger.getLogger(BatchJobs.class.getName());
    /** This server process, as the owner of the runs it executes: {@code pid@host}. */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    /** A new job execution for the run; it resumes every partition after its last committed entity. */
    public long start(long runId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        long execution = operator.start(JOB, parameters);
        LOG.info(() -> "Batch run " + runId + ": job execution " + execution + " started on " + INSTANCE);
        return execution;
    }
}
