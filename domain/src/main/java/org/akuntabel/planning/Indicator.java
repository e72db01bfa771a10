package org.akuntabel.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;

/**
 * A performance indicator (indikator kinerja) of an agency's sasaran, e.g. "Meningkatnya Koperasi
 * yang Berkualitas (%)". A register-based indicator names the rule set that decides which entities
 * count (the numerator) and the aggregate count that forms its denominator.
 */
@Entity
@Table(name = "performance_indicator", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "code"}))
@NamedQuery(name = "Indicator.findByAgency", query = "SELECT i FROM Indicator i WHERE i.agency = :agency ORDER BY i.sortOrder, i.code")
@NamedQuery(name = "Indicator.findByAgencyAndCode", query = "SELECT i FROM Indicator i WHERE i.agency = :agency AND i.code = :code")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(nullable = false, length = 40)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Polarity polarity;

    @Column(length = 500)
    private String sasaran;

    @Column(name = "formula_description", length = 1000)
    private String formulaDescription;

    /** The register whose entities the criteria judge (a fact model key, e.g. {@code koperasi}). */
    @Column(name = "subject_register", length = 40)
    private String subjectRegister;

    /** Rule set deciding which register entities count towards the numerator. */
    @Column(name = "criteria_rule_set", length = 100)
    private String criteriaRuleSet;

    /** Code of the {@link org.akuntabel.registers.AggregateCount} used as denominator. */
    @Column(name = "denominator_count", length = 60)
    private String denominatorCount;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected Indicator() {
    }

    public Indicator(Agency agency, String code, String name, String unit, Polarity polarity, String sasaran,
                     String formulaDescription, String subjectRegister, String criteriaRuleSet, String denominatorCount,
                     int sortOrder) {
        this.agency = agency;
        this.code = code;
        this.name = name;
        this.unit = unit;
        this.polarity = polarity;
        this.sasaran = sasaran;
        this.formulaDescription = formulaDescription;
        this.subjectRegister = subjectRegister;
        this.criteriaRuleSet = criteriaRuleSet;
        this.denominatorCount = denominatorCount;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public String getSasaran() {
        return sasaran;
    }

    public String getFormulaDescription() {
        return formulaDescription;
    }

    public String getSubjectRegister() {
        return subjectRegister;
    }

    public String getCriteriaRuleSet() {
        return criteriaRuleSet;
    }

    public String getDenominatorCount() {
        return denominatorCount;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
