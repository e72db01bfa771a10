package org.akuntabel.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.planning.DocumentEditing;
import org.akuntabel.planning.DocumentKind;
import org.akuntabel.planning.PlanEditing;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The planning documents of a year ("Dokumen perencanaan"): IKU, RKT and the Perjanjian Kinerja with its
 * revisions; each line's annual and quarterly targets edited row by row; a new Perubahan of the PK.
 */
@Named("dokumen")
@ViewScoped
public class DocumentPage extends AgencyYearPage {

    /** One document with its editable lines and the fields for adding a line. */
    public static final class Document implements Serializable {
        private final PlanningViews.DocumentView view;
        private final List<Line> lines;
        private String newIndicator;
        private BigDecimal newAnnual;

        Document(PlanningViews.DocumentView view, List<Line> lines) {
            this.view = view;
            this.lines = lines;
        }

        public PlanningViews.DocumentView getView() { return view; }
        public List<Line> getLines() { return lines; }
        public String getNewIndicator() { return newIndicator; }
        public void setNewIndicator(String newIndicator) { this.newIndicator = newIndicator; }
        public BigDecimal getNewAnnual() { return newAnnual; }
        public void setNewAnnual(BigDecimal newAnnual) { this.newAnnual = newAnnual; }
    }

    /** One editable line. */
    public static final class Line implements Serializable {
        private final DocumentKind kind;
        private final int revision;
        private final int order;
        private final String name;
        private final String indicator;
        private BigDecimal annual;
        private BigDecimal q1;
        private BigDecimal q2;
        private BigDecimal q3;
        private BigDecimal q4;
        private String note;
        private long version;

        Line(DocumentKind kind, int revision, DocumentEditing.LineRow row) {
            this.kind = kind;
            this.revision = revision;
            this.order = row.order();
            this.name = row.name();
            this.indicator = row.indicator();
            refresh(row);
        }

        void refresh(DocumentEditing.LineRow row) {
            annual = row.annual();
            q1 = row.q1();
            q2 = row.q2();
            q3 = row.q3();
            q4 = row.q4();
            note = row.note();
            version = row.version();
        }

        public int getOrder() { return order; }
        public String getName() { return name; }
        public String getIndicator() { return indicator; }
        public BigDecimal getAnnual() { return annual; }
        public void setAnnual(BigDecimal annual) { this.annual = annual; }
        public BigDecimal getQ1() { return q1; }
        public void setQ1(BigDecimal q1) { this.q1 = q1; }
        public BigDecimal getQ2() { return q2; }
        public void setQ2(BigDecimal q2) { this.q2 = q2; }
        public BigDecimal getQ3() { return q3; }
        public void setQ3(BigDecimal q3) { this.q3 = q3; }
        public BigDecimal getQ4() { return q4; }
        public void setQ4(BigDecimal q4) { this.q4 = q4; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @Inject
    private PlanningService planning;

    @Inject
    private DocumentEditing editing;

    @Inject
    private IndicatorResults results;

    private List<Document> documents = new ArrayList<>();
    private List<Integer> years = List.of();
    private LocalDate revisionDate;
    private String revisionNumber;
    private String revisionReason;

    public void load() {
        Pages.load(() -> {
            defaultAgency(results);
            List<Integer> documentYears = planning.documentYears(getAgency());
            if (getYear() == 0 && !documentYears.isEmpty()) {
                setYear(documentYears.get(0));
            }
            java.util.TreeSet<Integer> all = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
            all.addAll(documentYears);
            all.addAll(results.years(getAgency()));
            years = new ArrayList<>(all);
            read();
        });
    }

    private void read() {
        documents = new ArrayList<>();
        if (!planning.documentYears(getAgency()).contains(getYear())) {
            return;
        }
        for (PlanningViews.DocumentView view : planning.documents(getAgency(), getYear())) {
            DocumentKind kind = DocumentKind.valueOf(view.kind());
            documents.add(new Document(view, editing.lines(getAgency(), getYear(), kind, view.revision()).stream()
                    .map(row -> new Line(kind, view.revision(), row)).toList()));
        }
    }

    public void saveLine(RowEditEvent<Line> event) {
        Line line = event.getObject();
        run(() -> line.refresh(editing.setLine(getAgency(), getYear(), line.kind, line.revision, line.order, line.annual,
                line.q1, line.q2, line.q3, line.q4, line.note, line.version)), "edit.saved.plain", false);
    }

    @Inject
    private PlanEditing planEditing;

    private DocumentKind newKind = DocumentKind.IKU;
    private String newTitle;
    private String newNumber;
    private LocalDate newDate;

    /** Creates the year's first document of a kind, listing the Renstra's indicators with their targets. */
    public void create() {
        run(() -> {
            editing.create(getAgency(), getYear(), newKind, newTitle, newNumber, newDate);
            newTitle = null;
            newNumber = null;
            newDate = null;
        }, "document.created", true);
    }

    public void addLine(Document document) {
        run(() -> editing.addLine(getAgency(), getYear(), DocumentKind.valueOf(document.view.kind()), document.view.revision(),
                document.newIndicator, document.newAnnual), "budget.added", true);
    }

    public void removeLine(Line line) {
        run(() -> editing.removeLine(getAgency(), getYear(), line.kind, line.revision, line.order, line.version), "removed", true);
    }

    /** The head of the agency approves the Perjanjian Kinerja. */
    public void approve(Document document) {
        run(() -> editing.approve(getAgency(), getYear(), DocumentKind.valueOf(document.view.kind()), document.view.revision()),
                "document.approved", true);
    }

    public void deleteDocument(Document document) {
        run(() -> editing.deleteLatest(getAgency(), getYear(), DocumentKind.valueOf(document.view.kind()), document.view.revision()),
                "removed", true);
    }

    public List<PlanEditing.IndicatorOption> getIndicatorOptions() {
        return planEditing.indicatorOptions(getAgency());
    }

    public DocumentKind[] getKinds() { return DocumentKind.values(); }
    public DocumentKind getNewKind() { return newKind; }
    public void setNewKind(DocumentKind newKind) { this.newKind = newKind; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String newTitle) { this.newTitle = newTitle; }
    public String getNewNumber() { return newNumber; }
    public void setNewNumber(String newNumber) { this.newNumber = newNumber; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }

    /** Creates the next Perubahan of this year's Perjanjian Kinerja from the latest one. */
    public void revise() {
        run(() -> {
            editing.revise(getAgency(), getYear(), DocumentKind.PK, revisionDate, revisionNumber, revisionReason);
            revisionDate = null;
            revisionNumber = null;
            revisionReason = null;
        }, "document.revised", true);
    }

    private void run(Runnable action, String doneKey, boolean reload) {
        if (Pages.attempt(action, doneKey) && reload) {
            read();
        }
    }

    public List<Document> getDocuments() { return documents; }
    public List<Integer> getYears() { return years; }
    public LocalDate getRevisionDate() { return revisionDate; }
    public void setRevisionDate(LocalDate revisionDate) { this.revisionDate = revisionDate; }
    public String getRevisionNumber() { return revisionNumber; }
    public void setRevisionNumber(String revisionNumber) { this.revisionNumber = revisionNumber; }
    public String getRevisionReason() { return revisionReason; }
    public void setRevisionReason(String revisionReason) { this.revisionReason = revisionReason; }
}
