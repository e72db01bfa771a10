package org.akuntabel.planning;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A dated planning document of one year: the IKU decree, the RKT, or a Perjanjian Kinerja (revision 0 is
 * the original, 1 and up each Perubahan). It lists indicators as printed (linked to the agency's indicator
 * where it is the same one) with annual and quarterly targets, and for a PK the programme budgets.
 */
@Entity
@Table(name = "planning_document", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "document_year", "kind", "revision"}))
@NamedQuery(name = "PlanningDocument.findByAgencyAndYear",
        query = "SELECT d FROM PlanningDocument d WHERE d.agency = :agency AND d.year = :year ORDER BY d.kind, d.revision")
@NamedQuery(name = "PlanningDocument.find",
        query = "SELECT d FROM PlanningDocument d WHERE d.agency = :agency AND d.year = :year AND d.kind = :kind AND d.revision = :revision")
public class PlanningDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "document_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(nullable = false)
    private int revision;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "document_number", length = 200)
    private String number;

    @Column(name = "document_date")
    private LocalDate date;

    @Embedded
    private Provenance provenance;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("order")
    private List<DocumentTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("order")
    private List<DocumentBudget> budgets = new ArrayList<>();

    /** Who approved the document (the head of the agency, for a Perjanjian Kinerja), and when (UTC). */
    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private java.time.LocalDateTime approvedAt;

    @Version
    private long version;

    protected PlanningDocument() {
    }

    public PlanningDocument(Agency agency, int year, DocumentKind kind, int revision, String title, String number,
                            LocalDate date, Provenance provenance) {
        if (date != null && date.getYear() > year) {
            throw new IllegalArgumentException("Tanggal dokumen " + date + " sesudah tahun " + year);
        }
        this.agency = agency;
        this.year = year;
        this.kind = kind;
        this.revision = revision;
        this.title = title;
        this.number = number;
        this.date = date;
        this.provenance = provenance;
    }

    public DocumentTarget addTarget(Indicator indicator, String printedName, String sasaranText, String unit,
                                    BigDecimal annual, BigDecimal[] quarters, String note) {
        int order = targets.stream().mapToInt(DocumentTarget::getOrder).max().orElse(0) + 1;
        DocumentTarget target = new DocumentTarget(this, order, indicator, printedName, sasaranText, unit, annual, quarters, note);
        targets.add(target);
        return target;
    }

    /** Removes an indicator line. */
    public void removeTarget(DocumentTarget target) {
        targets.remove(target);
    }

    public DocumentBudget addBudget(String programme, BigDecimal amount, String note) {
        DocumentBudget budget = new DocumentBudget(this, budgets.size() + 1, programme, amount, note);
        budgets.add(budget);
        return budget;
    }

    /** Records the approval by {@code approver} (the head of the agency). */
    public void approve(String approver) {
        this.approvedBy = approver;
        this.approvedAt = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public java.time.LocalDateTime getApprovedAt() {
        return approvedAt;
    }

    /** "Perjanjian Kinerja Perubahan 2025", "Indikator Kinerja Utama 2024". */
    public String getLabel() {
        return kind.getLabel() + (kind == DocumentKind.PK && revision > 0 ? " Perubahan" + (revision > 1 ? " " + revision : "") : "")
                + " " + year;
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

    public DocumentKind getKind() {
        return kind;
    }

    public int getRevision() {
        return revision;
    }

    public String getTitle() {
        return title;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public List<DocumentTarget> getTargets() {
        return Collections.unmodifiableList(targets);
    }

    public List<DocumentBudget> getBudgets() {
        return Collections.unmodifiableList(budgets);
    }
}
