package org.akuntabel.evaluation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.logging.Logger;

/** The job's last step: every partition is through, so the run is completed and becomes what readers see. */
@Named
@Dependent
public class RunCompletion extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RunCompletion.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private BatchRunStore store;

    @Override
    public String process() {
        long run = Long.parseLong(runId);
        store.complete(run);
        LOG.info(() -> "Batch run " + run + " completed");
        return "COMPLETED";
    }
}
