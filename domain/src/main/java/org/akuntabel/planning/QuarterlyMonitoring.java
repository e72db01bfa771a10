package org.akuntabel.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;

/** A quarterly monitoring entry of an indicator: realisation so far, budget realisation (%) and a progress note. */
@Entity
@Table(name = "quarterly_monitoring", uniqueConstraints = @UniqueConstraint(columnNames = {"indicator_id", "monitoring_year", "quarter"}))
@NamedQuery(name = "QuarterlyMonitoring.findByIndicatorAndYear",
        query = "SELECT m FROM QuarterlyMonitoring m WHERE m.indicator = :indicator AND m.year = :year ORDER BY m.quarter")
public class QuarterlyMonitoring {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "monitoring_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int quarter;

    @Column(precision = 19, scale = 4)
    private BigDecimal realisation;

    @Column(name = "budget_realisation_pct", precision = 9, scale = 2)
    private BigDecimal budgetRealisationPercent;

    @Column(name = "progress_note", length = 2000)
    private String progressNote;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected QuarterlyMonitoring() {
    }

    public QuarterlyMonitoring(Indicator indicator, int year, int quarter, BigDecimal realisation,
                               BigDecimal budgetRealisationPercent, String progressNote, Provenance provenance) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Triwulan harus 1 sampai 4, bukan " + quarter);
        }
        this.indicator = indicator;
        this.year = year;
        this.quarter = quarter;
        this.realisation = realisation;
        this.budgetRealisationPercent = budgetRealisationPercent;
        this.progressNote = progressNote;
        this.provenance = provenance;
    }

    /** Changes the entry; {@code null} values are no data. */
    public void change(BigDecimal realisation, BigDecimal budgetRealisationPercent, String progressNote, Provenance provenance) {
        this.realisation = realisation;
        this.budgetRealisationPercent = budgetRealisationPercent;
        this.progressNote = progressNote;
        this.provenance = provenance;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public BigDecimal getRealisation() {
        return realisation;
    }

    public BigDecimal getBudgetRealisationPercent() {
        return budgetRealisationPercent;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
