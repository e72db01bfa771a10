package org.akuntabel.evaluation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.CriterionFinding;
import org.akuntabel.evaluation.Determination;
import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.RuleSetCatalog;
import org.akuntabel.evaluation.RuleSetException;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.evaluation.RuleSets;
import org.akuntabel.evaluation.Subject;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges a page with the rule-set version the run recorded (whatever is in force by now): per entity its findings,
 * whether it counts (every criterion MET, as {@link Determination#counts}), and the digest of the facts judged.
 * A rule-set error while judging fails the run (judging again would fail again); readers keep the previous complete
 * run. Any other failure ends the job execution with the run still RUNNING, to be resumed ({@link BatchRecovery}).
 */
@Named
@Dependent
public class PageJudge implements ItemProcessor {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private BatchRunStore store;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSets ruleSets;

    private CompiledRuleSet rules;
    private FindingsCodec codec;
    private int year;

    @Override
    public Object processItem(Object item) {
        EntityPage page = (EntityPage) item;
        if (rules == null) {
            // not a rule error of this version (it compiled when the run was planned): a failure here, e.g. a compilation
            // slowed past its limit on a loaded server, leaves the run to be resumed
            prepare();
        }
        try {
            List<Subject> subjects = new ArrayList<>(page.entities().size());
            page.entities().forEach(entity -> subjects.add(entity.facts()));
            List<List<CriterionFinding>> judged = rules.judgeEach(subjects, year);
            List<BatchRunStore.Result> results = new ArrayList<>(subjects.size());
            for (int i = 0; i < subjects.size(); i++) {
                BatchRegister.Entity entity = page.entities().get(i);
                Subject subject = entity.facts();
                List<CriterionFinding> findings = judged.get(i);
                rules.requireOneFindingPerCriterion(subject, findings);
                List<Finding> recorded = new ArrayList<>(findings.size());
                findings.forEach(finding -> recorded.add(finding.toFinding()));
                results.add(new BatchRunStore.Result(subject.getSubjectId(), entity.agencyId(), name(subject),
                        Determination.counts(rules.getCriteria(), recorded), RuleSetSource.sha256(subject.canonicalForm()),
                        codec.encode(recorded)));
            }
            return new JudgedPage(page.afterId(), page.lastId(), results);
        } catch (RuleSetException e) {
            store.fail(Long.parseLong(runId), e.getMessage());
            throw e;
        }
    }

    private void prepare() {
        BatchRunStore.Run run = store.run(Long.parseLong(runId)).orElseThrow();
        CompiledRuleSet compiled = ruleSets.accepted(catalog.version(run.ruleSet(), run.ruleSetVersion()));
        if (!compiled.getCriteria().equals(run.criteria()) || !compiled.getRuleReferences().equals(run.rules())) {
            throw new RuleSetException(run.ruleSet(), "Versi " + run.ruleSetVersion() + " tidak lagi memberi kriteria dan aturan"
                    + " yang dicatat saat run " + run.id() + " dimulai");
        }
        codec = new FindingsCodec(run.criteria(), run.rules());
        year = run.year();
        rules = compiled;
    }

    private static String name(Subject subject) {
        String name = subject.getSubjectName() == null ? "" : subject.getSubjectName();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }
}
