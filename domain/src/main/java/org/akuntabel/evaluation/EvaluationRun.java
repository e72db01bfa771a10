package org.akuntabel.evaluation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;
import org.akuntabel.planning.IndicatorSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One evaluation of an indicator for an agency and year: which rule-set versions (content hashes)
 * were applied to which data (a digest of the facts given to the rules), the resulting measurement
 * and band, and (through {@link Determination}) the outcome for every entity. A run is immutable
 * once completed; evaluating again creates a new run, so published figures keep their trace.
 */
@Entity
@Table(name = "evaluation_run")
@NamedQuery(name = "EvaluationRun.latestCompleted",
        query = "SELECT r FROM EvaluationRun r WHERE r.agency = :agency AND r.year = :year AND r.indicatorCode = :indicator"
                + " AND r.status = org.akuntabel.evaluation.RunStatus.COMPLETED ORDER BY r.id DESC")
public class EvaluationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "indicator_code", nullable = false, length = 60)
    private String indicatorCode;

    @Column(name = "rule_set", length = 100)
    private String ruleSet;

    @Column(name = "rule_set_version", length = 64)
    private String ruleSetVersion;

    @Column(name = "scale_rule_set", length = 100)
    private String scaleRuleSet;

    @Column(name = "scale_version", length = 64)
    private String scaleVersion;

    /** SHA-256 of the canonical facts the rules were given (entities and denominator). */
    @Column(name = "data_digest", length = 64)
    private String dataDigest;

    @Column(name = "denominator_source", length = 1000)
    private String denominatorSource;

    /** Where the numerator came from: the register and rule set, or the statistic figures summed. */
    @Column(name = "numerator_source", length = 2000)
    private String numeratorSource;

    @Embedded
    private Measurement measurement;

    @Embedded
    private Band band;

    /** The band of the realisation itself on a value scale (SAKIP predicate, IP ASN category), if the indicator has one. */
    @Embedded
    @AttributeOverride(name = "code", column = @Column(name = "value_band_code", length = 10))
    @AttributeOverride(name = "label", column = @Column(name = "value_band_label", length = 100))
    @AttributeOverride(name = "colour", column = @Column(name = "value_band_colour", length = 20))
    private Band valueBand;

    @Column(name = "value_scale_version", length = 64)
    private String valueScaleVersion;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private IndicatorSource source;

    /** True when the data covers less than the period the target is for (e.g. three quarters of PDRB). */
    @Column
    private Boolean provisional;

    /** The computation with the actual numbers, e.g. {@code 4 ÷ 115 × 100 = 3,48}. */
    @Column(length = 2000)
    private String arithmetic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "completed_at")
    private LocalDateTime completedAt;

    @Version
    private long version;

    protected EvaluationRun() {
    }

    public EvaluationRun(Agency agency, int year, String indicatorCode, IndicatorSource source, String ruleSet,
                         String ruleSetVersion, String dataDigest) {
        this.agency = agency;
        this.source = source;
        this.year = year;
        this.indicatorCode = indicatorCode;
        this.ruleSet = ruleSet;
        this.ruleSetVersion = ruleSetVersion;
        this.dataDigest = dataDigest;
        this.status = RunStatus.RUNNING;
        this.startedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Records how the realisation was obtained, beyond the measurement itself. */
    public void explain(String numeratorSource, String arithmetic, boolean provisional, Band valueBand, String valueScaleVersion) {
        this.numeratorSource = numeratorSource;
        this.arithmetic = arithmetic;
        this.provisional = provisional;
        this.valueBand = valueBand;
        this.valueScaleVersion = valueScaleVersion;
    }

    /** Records the result and makes the run visible to readers. */
    public void complete(Measurement measurement, String denominatorSource, Band band, String scaleRuleSet, String scaleVersion) {
        if (status != RunStatus.RUNNING) {
            throw new IllegalStateException("Run " + id + " is " + status + " and cannot be completed again");
        }
        this.measurement = measurement;
        this.denominatorSource = denominatorSource;
        this.band = band;
        this.scaleRuleSet = scaleRuleSet;
        this.scaleVersion = scaleVersion;
        this.status = RunStatus.COMPLETED;
        this.completedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public int getYear() {
        return year;
    }

    public String getIndicatorCode() {
        return indicatorCode;
    }

    public String getRuleSet() {
        return ruleSet;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getScaleRuleSet() {
        return scaleRuleSet;
    }

    public String getScaleVersion() {
        return scaleVersion;
    }

    public String getDataDigest() {
        return dataDigest;
    }

    public String getDenominatorSource() {
        return denominatorSource;
    }

    public Measurement getMeasurement() {
        return measurement;
    }

    /** The band, or {@code null} when the achievement could not be computed. */
    public Band getBand() {
        return band == null || band.getCode() == null ? null : band;
    }

    /** The band of the realisation on the indicator's value scale, or {@code null}. */
    public Band getValueBand() {
        return valueBand == null || valueBand.getCode() == null ? null : valueBand;
    }

    public String getValueScaleVersion() {
        return valueScaleVersion;
    }

    public IndicatorSource getSource() {
        return source == null ? IndicatorSource.COMPUTED : source;
    }

    public boolean isProvisional() {
        return Boolean.TRUE.equals(provisional);
    }

    public String getNumeratorSource() {
        return numeratorSource;
    }

    public String getArithmetic() {
        return arithmetic;
    }

    public RunStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt == null ? null : startedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getCompletedAt() {
        return completedAt == null ? null : completedAt.toInstant(ZoneOffset.UTC);
    }
}
