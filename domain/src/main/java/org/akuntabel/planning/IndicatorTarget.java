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

/** The target an indicator must reach in one year, as set in the planning document it cites. */
@Entity
@Table(name = "indicator_target", uniqueConstraints = @UniqueConstraint(columnNames = {"indicator_id", "target_year"}))
@NamedQuery(name = "IndicatorTarget.find", query = "SELECT t FROM IndicatorTarget t WHERE t.indicator = :indicator AND t.year = :year")
public class IndicatorTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "target_year", nullable = false)
    private int year;

    @Column(name = "target_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(Indicator indicator, int year, BigDecimal value, Provenance provenance) {
        this.indicator = indicator;
        this.year = year;
        this.value = value;
        this.provenance = provenance;
    }

    /** Changes the target value, recording who or what the new value comes from. */
    public void change(BigDecimal value, Provenance provenance) {
        this.value = value;
        this.provenance = provenance;
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

    public BigDecimal getValue() {
        return value;
    }

    /** The optimistic-lock version: a save based on an older version is refused. */
    public long getVersion() {
        return version;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
