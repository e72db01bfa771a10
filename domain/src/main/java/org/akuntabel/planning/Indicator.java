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

import java.math.BigDecimal;

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

    /** The Renstra this indicator belongs to (for a tujuan indicator, which measures no single sasaran). */
    @ManyToOne
    @JoinColumn(name = "renstra_id")
    private RenstraPeriod renstra;

    /** The Renstra sasaran this indicator measures. */
    @ManyToOne
    @JoinColumn(name = "sasaran_id")
    private Sasaran sasaranRef;

    @Column(name = "data_source", length = 500)
    private String dataSource;

    @Column(name = "responsible_unit", length = 500)
    private String responsibleUnit;

    @Column(name = "baseline_year")
    private Integer baselineYear;

    @Column(name = "baseline_value", precision = 19, scale = 4)
    private BigDecimal baselineValue;

    /** The number of the sasaran in the agency's Renstra; links the indicator to the programmes that fund it. */
    @Column(name = "sasaran_number")
    private Integer sasaranNumber;

    @Column(name = "formula_description", length = 1000)
    private String formulaDescription;

    /** The register whose entities the criteria judge (a fact model key, e.g. {@code koperasi}). */
    @Column(name = "subject_register", length = 40)
    private String subjectRegister;

    /** Rule set deciding which register entities count towards the numerator. */
    @Column(name = "criteria_rule_set", length = 100)
    private String criteriaRuleSet;

    /** Code of the {@link org.akuntabel.registers.statistics.StatisticFigure} used as denominator (sum of its parts). */
    @Column(name = "denominator_count", length = 60)
    private String denominatorCount;

    /**
     * For an indicator derived by formula: the statistic figure whose parts are summed as numerator.
     * Realisation = numerator × multiplier [÷ denominator].
     */
    @Column(name = "numerator_figure", length = 60)
    private String numeratorFigure;

    @Column(precision = 19, scale = 6)
    private BigDecimal multiplier;

    /** How many parts the numerator has in a complete year (e.g. 4 quarters); fewer make the result provisional. */
    @Column(name = "expected_parts")
    private Integer expectedParts;

    /** A scale that bands the realisation itself (SAKIP predicate, IP ASN category), besides the achievement band. */
    @Column(name = "value_scale_rule_set", length = 100)
    private String valueScaleRuleSet;

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

    /** Derives its realisation by formula from statistic figures ({@link #getNumeratorFigure()}). */
    public void deriveFrom(String numeratorFigure, String denominatorFigure, BigDecimal multiplier, Integer expectedParts) {
        this.numeratorFigure = numeratorFigure;
        this.denominatorCount = denominatorFigure;
        this.multiplier = multiplier;
        this.expectedParts = expectedParts;
    }

    public void serveSasaran(Integer sasaranNumber) {
        this.sasaranNumber = sasaranNumber;
    }

    /** Places the indicator under a Renstra sasaran (and takes its number). */
    public void measure(Sasaran sasaran) {
        this.sasaranRef = sasaran;
        this.renstra = sasaran.getTujuan().getRenstra();
        this.sasaranNumber = sasaran.getNumber();
    }

    /** Where the data comes from, who is responsible, and the baseline before the plan. */
    public void describe(String dataSource, String responsibleUnit, Integer baselineYear, BigDecimal baselineValue) {
        this.dataSource = dataSource;
        this.responsibleUnit = responsibleUnit;
        this.baselineYear = baselineYear;
        this.baselineValue = baselineValue;
    }

    /** Changes what the indicator is: name, unit, polarity, the sasaran text it is listed under, its formula. */
    public void define(String name, String unit, Polarity polarity, String sasaran, String formulaDescription) {
        this.name = name;
        this.unit = unit;
        this.polarity = polarity;
        this.sasaran = sasaran;
        this.formulaDescription = formulaDescription;
    }

    /** Takes the indicator off its sasaran (a tujuan indicator of its Renstra). */
    public void measureTujuan() {
        this.sasaranRef = null;
        this.sasaranNumber = null;
    }

    public long getVersion() {
        return version;
    }

    /** Places a tujuan indicator in its Renstra. */
    public void belongTo(RenstraPeriod renstra) {
        this.renstra = renstra;
    }

    /** The Renstra this indicator belongs to, or {@code null} when it is not placed in one. */
    public RenstraPeriod getRenstra() {
        return renstra;
    }

    public Sasaran getSasaranRef() {
        return sasaranRef;
    }

    public String getDataSource() {
        return dataSource;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public Integer getSasaranNumber() {
        return sasaranNumber;
    }

    public void bandValueWith(String valueScaleRuleSet) {
        this.valueScaleRuleSet = valueScaleRuleSet;
    }

    /** How the realisation is obtained: from register rules, by formula over figures, or entered as published. */
    public IndicatorSource getSource() {
        if (criteriaRuleSet != null) {
            return IndicatorSource.COMPUTED;
        }
        return numeratorFigure != null ? IndicatorSource.DERIVED : IndicatorSource.ENTERED;
    }

    public String getNumeratorFigure() {
        return numeratorFigure;
    }

    public BigDecimal getMultiplier() {
        return multiplier == null ? BigDecimal.ONE : multiplier;
    }

    public Integer getExpectedParts() {
        return expectedParts;
    }

    public String getValueScaleRuleSet() {
        return valueScaleRuleSet;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
