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

/** A programme budget line of a Perjanjian Kinerja (e.g. "P-APBD" for the revised budget). */
@Entity
@Table(name = "document_budget")
public class DocumentBudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private PlanningDocument document;

    @Column(name = "line_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 500)
    private String programme;

    @Column(nullable = false, precision = 21, scale = 2)
    private BigDecimal amount;

    @Column(length = 500)
    private String note;

    @Version
    private long version;

    protected DocumentBudget() {
    }

    DocumentBudget(PlanningDocument document, int order, String programme, BigDecimal amount, String note) {
        this.document = document;
        this.order = order;
        this.programme = programme;
        this.amount = amount;
        this.note = note;
    }

    public int getOrder() {
        return order;
    }

    public String getProgramme() {
        return programme;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
