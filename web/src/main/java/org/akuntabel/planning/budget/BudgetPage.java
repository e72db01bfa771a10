package org.akuntabel.planning.budget;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget page ("Anggaran"): sasaran → programme → kegiatan → sub-kegiatan rows with pagu, realisation,
 * absorption and printed totals; adding, changing and removing programmes, kegiatan and sub-kegiatan.
 */
@Named("anggaran")
@ViewScoped
public class BudgetPage extends AgencyYearPage {

    /** What a row of the budget table stands for. */
    public enum Kind { SASARAN, PROGRAMME, ACTIVITY, SUB_ACTIVITY, TOTAL }

    /** One row of the budget table; kegiatan without sub-kegiatan and sub-kegiatan rows are editable. */
    public static final class Row implements Serializable {
        private final Kind kind;
        private final String label;
        private final Long id;
        private final BigDecimal absorption;
        private final BigDecimal printedPagu;
        private final BigDecimal printedRealisation;
        private final String note;
        private final long version;
        private final boolean editable;
        private String name;
        private BigDecimal pagu;
        private BigDecimal realisation;

        Row(Kind kind, String label, Long id, String name, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
            BigDecimal printedPagu, BigDecimal printedRealisation, String note, long version, boolean editable) {
            this.kind = kind;
            this.label = label;
            this.id = id;
            this.name = name;
            this.pagu = pagu;
            this.realisation = realisation;
            this.absorption = absorption;
            this.printedPagu = printedPagu;
            this.printedRealisation = printedRealisation;
            this.note = note;
            this.version = version;
            this.editable = editable;
        }

        /** True when a printed (or recorded) total differs from the sum of the lines. */
        public boolean differs() {
            return (printedPagu != null && printedPagu.compareTo(pagu) != 0)
                    || (printedRealisation != null && printedRealisation.compareTo(realisation) != 0);
        }

        public boolean isEditable() { return editable; }
        public boolean isRemovable() { return kind == Kind.PROGRAMME || kind == Kind.ACTIVITY || kind == Kind.SUB_ACTIVITY; }
        public int getLevel() { return kind.ordinal(); }
        public Kind getKind() { return kind; }
        public String getLabel() { return label; }
        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getPagu() { return pagu; }
        public void setPagu(BigDecimal pagu) { this.pagu = pagu; }
        public BigDecimal getRealisation() { return realisation; }
        public void setRealisation(BigDecimal realisation) { this.realisation = realisation; }
        public BigDecimal getAbsorption() { return absorption; }
        public BigDecimal getPrintedPagu() { return printedPagu; }
        public BigDecimal getPrintedRealisation() { return printedRealisation; }
        public String getNote() { return note; }
        public long getVersion() { return version; }
    }

    /** An option of a select menu: value and label. */
    public record Option(long value, String label) implements Serializable {
    }

    @Inject
    private BudgetService budgets;

    @Inject
    private IndicatorResults results;

    private BudgetView budget;
    private final List<Row> rows = new ArrayList<>();
    private List<BudgetService.SasaranOption> sasaranOptions = List.of();

    private Integer programmeNumber;
    private String programmeName;
    private Integer programmeSasaran;
    private Long lineParent;
    private String lineName;
    private BigDecimal linePagu;
    private BigDecimal lineRealisation;

    /** Without parameters: the first agency and the latest year it has published figures for. */
    public void load() {
        Pages.load(this::read);
    }

    /** Saves an edited kegiatan or sub-kegiatan row, then reloads the page so every sum is read again from the lines. */
    public void save(RowEditEvent<Row> event) {
        Row row = event.getObject();
        Pages.attempt(() -> {
            if (row.kind == Kind.SUB_ACTIVITY) {
                budgets.changeSubActivity(getAgency(), row.id, row.name, row.pagu, row.realisation, row.version);
            } else {
                budgets.changeActivity(getAgency(), row.id, row.name, row.pagu, row.realisation, null, row.version);
            }
        }, "edit.saved.plain");
        Pages.reload("anggaran.xhtml", getAgency(), getYear());
    }

    public void remove(Row row) {
        Pages.attempt(() -> {
            switch (row.kind) {
                case PROGRAMME -> budgets.deleteProgramme(getAgency(), getYear(), row.id.intValue(), row.version);
                case ACTIVITY -> budgets.deleteActivity(getAgency(), row.id, row.version);
                case SUB_ACTIVITY -> budgets.deleteSubActivity(getAgency(), row.id, row.version);
                default -> throw new IllegalArgumentException(row.kind.name());
            }
        }, "removed");
        Pages.reload("anggaran.xhtml", getAgency(), getYear());
    }

    public void addProgramme() {
        if (Pages.attempt(() -> budgets.addProgramme(getAgency(), getYear(), programmeNumber, programmeName, programmeSasaran),
                "budget.added")) {
            Pages.reload("anggaran.xhtml", getAgency(), getYear());
        }
    }

    public void addActivity() {
        if (Pages.attempt(() -> budgets.addActivity(getAgency(), getYear(), lineParent == null ? 0 : lineParent.intValue(),
                lineName, linePagu, lineRealisation), "budget.added")) {
            Pages.reload("anggaran.xhtml", getAgency(), getYear());
        }
    }

    public void addSubActivity() {
        if (Pages.attempt(() -> budgets.addSubActivity(getAgency(), lineParent == null ? 0 : lineParent, lineName, linePagu,
                lineRealisation), "budget.added")) {
            Pages.reload("anggaran.xhtml", getAgency(), getYear());
        }
    }

    private void read() {
        rows.clear();
        defaultAgencyAndYear(results, false);
        sasaranOptions = budgets.sasaranOptions(getAgency(), getYear());
        budget = budgets.budget(getAgency(), getYear());
        for (BudgetView.SasaranBudget s : budget.sasaran()) {
            rows.add(new Row(Kind.SASARAN, "Sasaran " + s.number() + ": " + s.name(), null, null, s.pagu(), s.realisation(),
                    s.absorption(), s.printedPagu(), s.printedRealisation(), null, 0, false));
            for (BudgetView.ProgrammeBudget p : s.programmes()) {
                rows.add(new Row(Kind.PROGRAMME, p.number() + ". " + p.name(), (long) p.number(), p.name(), p.pagu(), p.realisation(),
                        p.absorption(), p.printedPagu(), p.printedRealisation(), null, p.version(), false));
                for (BudgetView.ActivityBudget a : p.activities()) {
                    rows.add(new Row(Kind.ACTIVITY, a.name(), a.id(), a.name(), a.pagu(), a.realisation(), a.absorption(),
                            a.recordedPagu(), a.recordedRealisation(), a.note(), a.version(), a.subActivities().isEmpty()));
                    a.subActivities().forEach(sub -> rows.add(new Row(Kind.SUB_ACTIVITY, sub.name(), sub.id(), sub.name(),
                            sub.pagu(), sub.realisation(), sub.absorption(), null, null, null, sub.version(), true)));
                }
            }
        }
        rows.add(new Row(Kind.TOTAL, "Total", null, null, budget.pagu(), budget.realisation(), budget.absorption(),
                budget.printedPagu(), budget.printedRealisation(), null, 0, false));
    }

    /** The programmes, for adding a kegiatan. */
    public List<Option> getProgrammeOptions() {
        return budget.sasaran().stream().flatMap(s -> s.programmes().stream())
                .map(p -> new Option(p.number(), p.number() + ". " + p.name())).toList();
    }

    /** The kegiatan, for adding a sub-kegiatan. */
    public List<Option> getActivityOptions() {
        return budget.sasaran().stream().flatMap(s -> s.programmes().stream())
                .flatMap(p -> p.activities().stream().map(a -> new Option(a.id(), p.number() + ". " + a.name()))).toList();
    }

    public List<BudgetService.SasaranOption> getSasaranOptions() { return sasaranOptions; }
    public BudgetView getBudget() { return budget; }
    public List<Row> getRows() { return rows; }
    public Integer getProgrammeNumber() { return programmeNumber; }
    public void setProgrammeNumber(Integer programmeNumber) { this.programmeNumber = programmeNumber; }
    public String getProgrammeName() { return programmeName; }
    public void setProgrammeName(String programmeName) { this.programmeName = programmeName; }
    public Integer getProgrammeSasaran() { return programmeSasaran; }
    public void setProgrammeSasaran(Integer programmeSasaran) { this.programmeSasaran = programmeSasaran; }
    public Long getLineParent() { return lineParent; }
    public void setLineParent(Long lineParent) { this.lineParent = lineParent; }
    public String getLineName() { return lineName; }
    public void setLineName(String lineName) { this.lineName = lineName; }
    public BigDecimal getLinePagu() { return linePagu; }
    public void setLinePagu(BigDecimal linePagu) { this.linePagu = linePagu; }
    public BigDecimal getLineRealisation() { return lineRealisation; }
    public void setLineRealisation(BigDecimal lineRealisation) { this.lineRealisation = lineRealisation; }
}
