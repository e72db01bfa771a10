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
import org.akuntabel.planning.Indicator;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;

/**
 * A published figure as printed in one more place of the agency's document (its {@link PublishedFigure} holds the
 * main printing). Values are as printed; an empty cell stays {@code null}.
 */
@Entity
@Table(name = "published_printing")
@NamedQuery(name = "PublishedPrinting.find",
        query = "SELECT p FROM PublishedPrinting p WHERE p.indicator = :indicator AND p.year = :year ORDER BY p.id")
public class PublishedPrinting {

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

    protected PublishedPrinting() {
    }

    public PublishedPrinting(Indicator indicator, int year, BigDecimal realisation, BigDecimal achievement, String label,
                             Provenance provenance) {
        this.indicator = indicator;
        this.year = year;
        this.realisation = realisation;
        this.achievement = achievement;
        this.label = label;
        this.provenance = provenance;
    }

    public Long getId() { return id; }
    public Indicator getIndicator() { return indicator; }
    public int getYear() { return year; }
    public BigDecimal getRealisation() { return realisation; }
    public BigDecimal getAchievement() { return achievement; }
    public String getLabel() { return label; }
    public Provenance getProvenance() { return provenance; }
}
