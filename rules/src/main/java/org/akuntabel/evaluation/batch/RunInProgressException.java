package org.akuntabel.evaluation.batch;

import jakarta.ejb.ApplicationException;

/** A batch run was asked for while one for the same register, year and scope is still running: nothing was started. */
@ApplicationException(rollback = true)
public class RunInProgressException extends RuntimeException {

    private final long runningId;

    public RunInProgressException(long runningId, String what) {
        super("Evaluasi " + what + " sedang berjalan (run " + runningId + "); tunggu sampai selesai");
        this.runningId = runningId;
    }

    public long getRunningId() {
        return runningId;
    }
}
