package org.akuntabel.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Whether one entity counts for an indicator in a run, derived from its findings: it counts only
 * when every criterion of the rule set is {@link Outcome#MET}. A criterion without a finding
 * counts as not met, so a rule file that forgets a case can never make an entity count.
 */
@Entity
@Table(name = "determination")
@NamedQuery(name = "Determination.findByRun",
        query = "SELECT d FROM Determination d WHERE d.run = :run ORDER BY d.entityName")
@NamedQuery(name = "Determination.findByRunAndEntity",
        query = "SELECT d FROM Determination d WHERE d.run = :run AND d.entityId = :entityId")
public class Determination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "run_id")
    private EvaluationRun run;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "entity_name", nullable = false, length = 300)
    private String entityName;

    @Column(nullable = false)
    private boolean counted;

    @ElementCollection
    @CollectionTable(name = "finding", joinColumns = @JoinColumn(name = "determination_id"))
    @OrderColumn(name = "finding_order")
    private List<Finding> findings = new ArrayList<>();

    protected Determination() {
    }

    private Determination(EvaluationRun run, String entityType, long entityId, String entityName, List<Finding> findings,
                          boolean counted) {
        this.run = run;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityName = entityName;
        this.findings = new ArrayList<>(findings);
        this.counted = counted;
    }

    /**
     * Derives the determination from the findings: counted when each of {@code criteria} has a
     * finding and all of them are MET.
     */
    public static Determination derivedFrom(EvaluationRun run, String entityType, long entityId, String entityName,
                                             List<String> criteria, List<Finding> findings) {
        return new Determination(run, entityType, entityId, entityName, findings, counts(criteria, findings));
    }

    /** True when each of {@code criteria} has a finding and every finding is MET. */
    public static boolean counts(List<String> criteria, List<Finding> findings) {
        return !criteria.isEmpty()
                && criteria.stream().allMatch(criterion -> findings.stream()
                        .anyMatch(f -> f.getCriterion().equals(criterion) && f.getOutcome() == Outcome.MET))
                && findings.stream().allMatch(f -> f.getOutcome() == Outcome.MET);
    }

    public Long getId() {
        return id;
    }

    public EvaluationRun getRun() {
        return run;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public String getEntityName() {
        return entityName;
    }

    public boolean isCounted() {
        return counted;
    }

    public List<Finding> getFindings() {
        return Collections.unmodifiableList(findings);
    }
}
