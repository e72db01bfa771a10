package org.akuntabel.reporting.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.evaluation.EvaluationGate;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.planning.PlanEditing;
import org.akuntabel.planning.budget.BudgetService;
import org.primefaces.event.RowEditEvent;
import org.akuntabel.planning.budget.BudgetView;
import org.akuntabel.reporting.EntityListing;
import org.akuntabel.reporting.EntityResult;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;

/**
 * An indicator's page: its figures, the formula with the actual numbers, and every entity evaluated,
 * filterable by counted / not counted.
 */
@Named("jejakIndikator")
@ViewScoped
public class IndicatorTrace extends AgencyYearPage implements Serializable {

    /** Which entities to list. */
    public enum Show { SEMUA, DIHITUNG, TIDAK_DIHITUNG }

    @Inject
    private IndicatorResults results;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private EvaluationGate gate;

    @Inject
    private BudgetService budgets;

    private List<BudgetView.ProgrammeBudget> programmes = List.of();

    @Inject
    private PlanEditing editing;

    private List<QuarterLine> quarters = List.of();

    /** One editable quarter of the indicator's monitoring. */
    public static final class QuarterLine implements Serializable {
        private final int quarter;
        private final BigDecimal target;
        private BigDecimal realisation;
        private BigDecimal budgetPercent;
        private String note;
        private Long version;

        QuarterLine(PlanEditing.MonitoringRow row) {
            this.quarter = row.quarter();
            this.target = row.target();
            refresh(row);
        }

        void refresh(PlanEditing.MonitoringRow row) {
            this.realisation = row.realisation();
            this.budgetPercent = row.budgetRealisationPercent();
            this.note = row.progressNote();
            this.version = row.version();
        }

        public int getQuarter() {
            return quarter;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public BigDecimal getRealisation() {
            return realisation;
        }

        public void setRealisation(BigDecimal realisation) {
            this.realisation = realisation;
        }

        public BigDecimal getBudgetPercent() {
            return budgetPercent;
        }

        public void setBudgetPercent(BigDecimal budgetPercent) {
            this.budgetPercent = budgetPercent;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    /** The four quarters of the year's monitoring, with the PK quarterly targets. */
    public List<QuarterLine> getQuarters() {
        return quarters;
    }

    /** Saves one edited quarter; refused with a message when invalid or changed by someone else meanwhile. */
    public void saveQuarter(RowEditEvent<QuarterLine> event) {
        QuarterLine line = event.getObject();
        Pages.attempt(() -> line.refresh(editing.setMonitoring(getAgency(), code, getYear(), line.quarter, line.realisation,
                line.budgetPercent, line.note, line.version)), "edit.saved.plain");
    }

    /** A year's figures as printed in the agency's own document, editable; a line without id is a new record. */
    public static final class PublishedLine implements Serializable {
        private Integer year;
        private BigDecimal realisation;
        private BigDecimal achievement;
        private String label;
        private String document;
        private String location;
        private String note;
        private Long version;

        PublishedLine() {
        }

        PublishedLine(PlanEditing.PublishedRow row) {
            year = row.year();
            realisation = row.realisation();
            achievement = row.achievement();
            label = row.label();
            document = row.document();
            location = row.location();
            note = row.note();
            version = row.version();
        }

        public Integer getYear() { return year; }
        public void setYear(Integer year) { this.year = year; }
        public BigDecimal getRealisation() { return realisation; }
        public void setRealisation(BigDecimal realisation) { this.realisation = realisation; }
        public BigDecimal getAchievement() { return achievement; }
        public void setAchievement(BigDecimal achievement) { this.achievement = achievement; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getDocument() { return document; }
        public void setDocument(String document) { this.document = document; }
        public String getLocation() { return location; }
        public void setLocation(String location) { this.location = location; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    private List<PublishedLine> published = List.of();
    private PublishedLine newPublished = new PublishedLine();

    public List<PublishedLine> getPublished() {
        return published;
    }

    public PublishedLine getNewPublished() {
        return newPublished;
    }

    /** Saves an edited published-figure row, then shows the comparison again. */
    public void savePublished(RowEditEvent<PublishedLine> event) {
        PublishedLine line = event.getObject();
        if (Pages.attempt(() -> editing.setPublished(getAgency(), code, line.year, line.realisation, line.achievement, line.label,
                line.document, line.location, line.note, line.version), "edit.saved.plain")) {
            read();
        }
    }

    /** Records the printed figures of a year that has none yet. */
    public void addPublished() {
        PublishedLine line = newPublished;
        if (Pages.attempt(() -> editing.setPublished(getAgency(), code, line.year == null ? 0 : line.year, line.realisation,
                line.achievement, line.label, line.document, line.location, line.note, null), "edit.saved.plain")) {
            newPublished = new PublishedLine();
            read();
        }
    }

    /** The programmes (with their kegiatan) that fund this indicator's sasaran in the year. */
    public List<BudgetView.ProgrammeBudget> getProgrammes() {
        return programmes;
    }

    private String code;
    private Show show = Show.SEMUA;
    private IndicatorResult indicator;
    private EntityListing listing;

    public void load() {
        Pages.load(this::read);
    }

    private void read() {
        indicator = results.indicator(getAgency(), getYear(), code);
        programmes = indicator.sasaranNumber() == null ? List.of()
                : budgets.programmesFor(getAgency(), getYear(), indicator.sasaranNumber());
        quarters = editing.monitoring(getAgency(), code, getYear()).stream().map(QuarterLine::new).toList();
        listing = "COMPUTED".equals(indicator.source()) ? results.entities(getAgency(), getYear(), code) : null;
        published = editing.published(getAgency(), code).stream().map(PublishedLine::new).toList();
    }

    /** "Hitung ulang": a new evaluation run for this indicator; the page then shows it. */
    public void recompute() {
        gate.evaluate(getAgency(), getYear(), code);
        read();
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString("recomputed"), null));
    }

    public List<EntityResult> getEntities() {
        if (listing == null) {
            return List.of();
        }
        return listing.entities().stream().filter(e -> switch (show) {
            case SEMUA -> true;
            case DIHITUNG -> e.counted();
            case TIDAK_DIHITUNG -> !e.counted();
        }).toList();
    }

    public long getCountedCount() {
        return listing == null ? 0 : listing.entities().stream().filter(EntityResult::counted).count();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The series of targets and realisations as a Chart.js line chart configuration for {@code p:chart}. */
    public String getChartJson() {
        List<IndicatorResults.SeriesPoint> points = results.series(getAgency(), code);
        ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder targets = Json.createArrayBuilder();
        JsonArrayBuilder realisations = Json.createArrayBuilder();
        for (IndicatorResults.SeriesPoint point : points) {
            labels.add(Integer.toString(point.year()));
            add(targets, point.target());
            add(realisations, point.realisation());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", bundle.getString("col.target"))
                                        .add("data", targets).add("borderColor", "#52606D").add("borderDash", Json.createArrayBuilder().add(6).add(4))
                                        .add("spanGaps", true))
                                .add(Json.createObjectBuilder().add("label", bundle.getString("col.realisation"))
                                        .add("data", realisations).add("borderColor", "#0B3D63").add("backgroundColor", "#0B3D63")
                                        .add("spanGaps", false))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false))
                .build().toString();
    }

    private static void add(JsonArrayBuilder array, java.math.BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }

    public Show getShow() {
        return show;
    }

    public void setShow(Show show) {
        this.show = show;
    }

    public Show[] getShowOptions() {
        return Show.values();
    }

    public IndicatorResult getIndicator() {
        return indicator;
    }

    public EntityListing getListing() {
        return listing;
    }
}
