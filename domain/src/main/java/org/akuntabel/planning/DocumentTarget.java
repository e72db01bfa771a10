package org.akuntabel.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;

/**
 * One indicator line of a planning document: the name as printed, linked to the agency's indicator when
 * it is the same one, with the annual target and, where the document sets them, quarterly targets.
 */
@Entity
@Table(name = "document_target")
public class DocumentTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private PlanningDocument document;

    @Column(name = "line_order", nullable = false)
    private int order;

    @ManyToOne
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "printed_name", nullable = false, length = 1000)
    private String printedName;

    @Column(name = "sasaran_text", length = 1000)
    private String sasaranText;

    @Column(length = 60)
    private String unit;

    @Column(name = "annual_target", precision = 19, scale = 4)
    private BigDecimal annual;

    @Column(name = "q1_target", precision = 19, scale = 4)
    private BigDecimal q1;

    @Column(name = "q2_target", precision = 19, scale = 4)
    private BigDecimal q2;

    @Column(name = "q3_target", precision = 19, scale = 4)
    private BigDecimal q3;

    @Column(name = "q4_target", precision = 19, scale = 4)
    private BigDecimal q4;

    @Column(length = 2000)
    private String note;

    @Version
    private long version;

    protected DocumentTarget() {
    }

    DocumentTarget(PlanningDocument document, int order, Indicator indicator, String printedName, String sasaranText,
                   String unit, BigDecimal annual, BigDecimal[] quarters, String note) {
        this.document = document;
        this.order = order;
        this.indicator = indicator;
        this.printedName = printedName;
        this.sasaranText = sasaranText;
        this.unit = unit;
        this.annual = annual;
        if (quarters != null) {
            this.q1 = quarters.length > 0 ? quarters[0] : null;
            this.q2 = quarters.length > 1 ? quarters[1] : null;
            this.q3 = quarters.length > 2 ? quarters[2] : null;
            this.q4 = quarters.length > 3 ? quarters[3] : null;
        }
        this.note = note;
    }

    /** Changes the targets of this line (annual and quarterly; {@code null} where the document sets none). */
    public void change(BigDecimal annual, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4, String note) {
        this.annual = annual;
        this.q1 = q1;
        this.q2 = q2;
        this.q3 = q3;
        this.q4 = q4;
        this.note = note;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public PlanningDocument getDocument() {
        return document;
    }

    public int getOrder() {
        return order;
    }

    /** The agency's indicator this line sets, or {@code null} for an indicator of an earlier plan. */
    public Indicator getIndicator() {
        return indicator;
    }

    public String getPrintedName() {
        return printedName;
    }

    public String getSasaranText() {
        return sasaranText;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getAnnual() {
        return annual;
    }

    public BigDecimal getQ1() {
        return q1;
    }

    public BigDecimal getQ2() {
        return q2;
    }

    public BigDecimal getQ3() {
        return q3;
    }

    public BigDecimal getQ4() {
        return q4;
    }

    public String getNote() {
        return note;
    }
}
