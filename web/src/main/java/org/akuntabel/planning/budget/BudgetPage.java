package org.akuntabel.planning.budget;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import org.primefaces.event.RowEditEvent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** The budget page ("Anggaran"): sasaran → programme → kegiatan rows with pagu, realisation, absorption and printed totals. */
@Named("anggaran")
@ViewScoped
public class BudgetPage extends AgencyYearPage {

    /**
     * One row of the budget table; {@code level} 0 = sasaran, 1 = programme, 2 = kegiatan (editable), 3 = total.
     */
    public static final class Row implements Serializable {
        private final int level;
        private final String label;
        private final Long activityId;
        private final BigDecimal absorption;
        private final BigDecimal printedPagu;
        private final BigDecimal printedRealisation;
        private final String note;
        private final long version;
        private BigDecimal pagu;
        private BigDecimal realisation;

        Row(int level, String label, Long activityId, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
            BigDecimal printedPagu, BigDecimal printedRealisation, String note, long version) {
            this.level = level;
            this.label = label;
            this.activityId = activityId;
            this.pagu = pagu;
            this.realisation = realisation;
            this.absorption = absorption;
            this.printedPagu = printedPagu;
            this.printedRealisation = printedRealisation;
            this.note = note;
            this.version = version;
        }

        /** True when a printed total differs from the sum of the lines. */
        public boolean differs() {
            return (printedPagu != null && printedPagu.compareTo(pagu) != 0)
                    || (printedRealisation != null && printedRealisation.compareTo(realisation) != 0);
        }

        public boolean isEditable() { return activityId != null; }
        public int getLevel() { return level; }
        public String getLabel() { return label; }
        public BigDecimal getPagu() { return pagu; }
        public void setPagu(BigDecimal pagu) { this.pagu = pagu; }
        public BigDecimal getRealisation() { return realisation; }
        public void setRealisation(BigDecimal realisation) { this.realisation = realisation; }
        public BigDecimal getAbsorption() { return absorption; }
        public BigDecimal getPrintedPagu() { return printedPagu; }
        public BigDecimal getPrintedRealisation() { return printedRealisation; }
        public String getNote() { return note; }
    }

    @Inject
    private transient BudgetService budgets;

    @Inject
    private transient IndicatorResults results;

    private BudgetView budget;
    private final List<Row> rows = new ArrayList<>();

    /** Without parameters: the first agency and the latest year it has published figures for. */
    public void load() {
        Pages.load(this::read);
    }

    /**
     * Saves an edited kegiatan row, then reloads the page (post-redirect-get, messages kept) so every sum of
     * the table is read again from the lines.
     */
    public void save(RowEditEvent<Row> event) {
        Row row = event.getObject();
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            budgets.changeActivity(getAgency(), row.activityId, row.pagu, row.realisation, null, row.version);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString("edit.saved.plain"), null));
        } catch (ValidationFailedException invalid) {
            invalid.getErrors().forEach(e -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), null)));
        } catch (ConcurrentEditException conflict) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict.getMessage(), null));
        }
        context.getExternalContext().getFlash().setKeepMessages(true);
        try {
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/anggaran.xhtml?agency="
                    + URLEncoder.encode(getAgency(), StandardCharsets.UTF_8) + "&year=" + getYear());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        rows.clear();
        if (getAgency() == null) {
            setAgency(results.agencies().stream().findFirst().map(Agency::getCode)
                    .orElseThrow(() -> new NotFoundException("Belum ada instansi")));
        }
        if (getYear() == 0) {
            Integer year = results.defaultYear(getAgency());
            setYear(year == null ? 0 : year);
        }
        budget = budgets.budget(getAgency(), getYear());
        for (BudgetView.SasaranBudget s : budget.sasaran()) {
            rows.add(new Row(0, "Sasaran " + s.number() + ": " + s.name(), null, s.pagu(), s.realisation(), s.absorption(),
                    s.printedPagu(), s.printedRealisation(), null, 0));
            for (BudgetView.ProgrammeBudget p : s.programmes()) {
                rows.add(new Row(1, p.number() + ". " + p.name(), null, p.pagu(), p.realisation(), p.absorption(),
                        p.printedPagu(), p.printedRealisation(), null, 0));
                p.activities().forEach(a -> rows.add(new Row(2, a.name(), a.id(), a.pagu(), a.realisation(), a.absorption(),
                        null, null, a.note(), a.version())));
            }
        }
        rows.add(new Row(3, "Total", null, budget.pagu(), budget.realisation(), budget.absorption(), budget.printedPagu(),
                budget.printedRealisation(), null, 0));
    }

    public BudgetView getBudget() {
        return budget;
    }

    public List<Row> getRows() {
        return rows;
    }
}
