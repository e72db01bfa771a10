package org.akuntabel.reporting;

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
import org.akuntabel.planning.Indicator;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;

/**
 * An indicator's realisation, achievement and interpretation label exactly as the agency printed
 * them in a published report. A record of the document, never an input to computation: the
 * product shows it beside its own figures so that differences are visible.
 */
@Entity
@Table(name = "published_figure", uniqueConstraints = @UniqueConstraint(columnNames = {"indicator_id", "report_year"}))
@NamedQuery(name = "PublishedFigure.find", query = "SELECT p FROM PublishedFigure p WHERE p.indicator = :indicator AND p.year = :year")
public class PublishedFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(precision = 19, scale = 4)
    private BigDecimal realisation;

    @Column(precision = 19, scale = 4)
    private BigDecimal achievement;

    @Column(length = 100)
    private String label;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected PublishedFigure() {
    }

    public PublishedFigure(Indicator indicator, int year, BigDecimal realisation, BigDecimal achievement, String label,
                           Provenance provenance) {
        this.indicator = indicator;
        this.year = year;
        this.realisation = realisation;
        this.achievement = achievement;
        this.label = label;
        this.provenance = provenance;
    }

    /** Corrects what is recorded as printed, with where it is printed. */
    public void change(BigDecimal realisation, BigDecimal achievement, String label, Provenance provenance) {
        this.realisation = realisation;
        this.achievement = achievement;
        this.label = label;
        this.provenance = provenance;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getRealisation() {
        return realisation;
    }

    public BigDecimal getAchievement() {
        return achievement;
    }

    public String getLabel() {
        return label;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
