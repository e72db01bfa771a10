package org.akuntabel.evaluation.handwritten;

import org.akuntabel.evaluation.CriterionFinding;
import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.Outcome;
import org.akuntabel.evaluation.Subject;

import java.util.List;

/**
 * The criteria of a shipped rule set written by hand in Java, for the benchmark that compares the Drools rule set with
 * it ({@code CriteriaBenchmark}) and the test that keeps the two giving identical findings
 * ({@code HandWrittenCriteriaTest}). Not used by the application: the rule files are the policy.
 *
 * @param <S> the facts the rule set reads
 */
public interface HandWrittenCriteria<S extends Subject> {

    /** The rule set this re-implements. */
    String ruleSet();

    /** The findings for one subject in the rule file's criterion order, each naming the rule that would record it. */
    List<Finding> judge(S subject);

    /** A finding as the rule named {@code rule} records it: the same evidence placeholders, the same formatting. */
    default Finding finding(S subject, String rule, String criterion, Outcome outcome, String evidence, Object... values) {
        CriterionFinding finding = new CriterionFinding(subject, criterion, outcome, evidence, values);
        return new Finding(criterion, outcome, finding.getEvidence(), ruleSet() + "/" + ruleSet() + ".drl: " + rule);
    }
}
