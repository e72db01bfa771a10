package org.akuntabel.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The outcome of one criterion for one entity, with the evidence (the actual values, in Bahasa
 * Indonesia) and the rule that produced it ({@code rule-set/file.drl: rule name}).
 */
@Embeddable
public class Finding {

    @Column(nullable = false, length = 100)
    private String criterion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(nullable = false, length = 2000)
    private String evidence;

    @Column(name = "rule_ref", nullable = false, length = 400)
    private String rule;

    protected Finding() {
    }

    public Finding(String criterion, Outcome outcome, String evidence, String rule) {
        this.criterion = criterion;
        this.outcome = outcome;
        this.evidence = evidence;
        this.rule = rule;
    }

    public String getCriterion() {
        return criterion;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getRule() {
        return rule;
    }
}
