package org.akuntabel.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the stored results up to date after a data change, once the change is committed. A change
 * transaction only announces which years it touched; the evaluation runs after the commit, each year in a
 * transaction of its own. So a change never holds its rows while it waits for evaluation rows (and an
 * evaluation never waits for a change that waits for it): concurrent edits and evaluations — the start-up
 * evaluation, a background "Hitung ulang", another user's save — queue instead of deadlocking. The caller
 * still gets control back only after the new results are stored.
 */
@ApplicationScoped
public class Reevaluation {

    private static final Logger LOG = Logger.getLogger(Reevaluation.class.getName());

    /** Data of an agency changed; {@code years} empty means every year that has results. */
    public record DataChanged(String agency, List<Integer> years) {
    }

    @Inject
    private Event<DataChanged> changes;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private EvaluationGate gate;

    /** Re-evaluates {@code years} of the agency after the current transaction commits (at once without one). */
    public void afterCommit(String agencyCode, int... years) {
        changes.fire(new DataChanged(agencyCode, Arrays.stream(years).boxed().toList()));
    }

    /** Re-evaluates every year of the agency that has results, after the current transaction commits. */
    public void everyEvaluatedYearAfterCommit(String agencyCode) {
        changes.fire(new DataChanged(agencyCode, List.of()));
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DataChanged change) {
        List<Integer> years = change.years().isEmpty() ? evaluations.evaluatedYears(change.agency()) : change.years();
        for (int year : years.stream().distinct().toList()) {
            try {
                gate.ensureCurrent(change.agency(), year);
            } catch (RuntimeException e) {
                // The change is stored; the next read evaluates again and reports what is wrong.
                LOG.log(Level.WARNING, "Re-evaluation of " + change.agency() + " " + year + " after a change failed", e);
            }
        }
    }
}
