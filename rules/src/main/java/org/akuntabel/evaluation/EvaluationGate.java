package org.akuntabel.evaluation;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one way into storing evaluation runs: one evaluation at a time, each in a transaction of its own that is
 * committed before the next starts. Evaluations write runs, determinations and findings; two of them writing at
 * once (the start-up evaluation, a first read, a background "Hitung ulang", a re-evaluation after a save) made
 * Derby time out on each other's row locks. Queued, they cannot; readers keep reading committed runs meanwhile.
 */
@Singleton
@Lock(LockType.WRITE)
@AccessTimeout(value = 10, unit = TimeUnit.MINUTES)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EvaluationGate {

    @Inject
    private EvaluationService evaluations;

    /** See {@link EvaluationService#ensureCurrent(String, int, String)}. */
    public EvaluationRun ensureCurrent(String agencyCode, int year, String indicatorCode) {
        return evaluations.ensureCurrent(agencyCode, year, indicatorCode);
    }

    /** See {@link EvaluationService#ensureCurrent(String, int)}. */
    public List<EvaluationRun> ensureCurrent(String agencyCode, int year) {
        return evaluations.ensureCurrent(agencyCode, year);
    }

    /** See {@link EvaluationService#evaluate(String, int, String)}. */
    public EvaluationRun evaluate(String agencyCode, int year, String indicatorCode) {
        return evaluations.evaluate(agencyCode, year, indicatorCode);
    }

    /** See {@link EvaluationService#evaluateAll(String, int)}. */
    public List<EvaluationRun> evaluateAll(String agencyCode, int year) {
        return evaluations.evaluateAll(agencyCode, year);
    }
}
