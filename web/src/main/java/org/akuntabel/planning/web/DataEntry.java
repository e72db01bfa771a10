package org.akuntabel.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.planning.PlanEditing;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The data-entry page ("Data"): yearly targets of an indicator and the statistic figures indicators are
 * derived from, edited row by row. Each save is validated, refused when someone changed the row first,
 * and followed by re-evaluating the indicators.
 */
@Named("entriData")
@ViewScoped
public class DataEntry extends AgencyYearPage {

    /** An editable target row. */
    public static final class TargetLine implements Serializable {
        private final int year;
        private BigDecimal value;
        private Long version;
        private String note;
        private String source;

        TargetLine(int year, BigDecimal value, Long version, String source) {
            this.year = year;
            this.value = value;
            this.version = version;
            this.source = source;
        }

        public int getYear() {
            return year;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getSource() {
            return source;
        }
    }

    /** An editable figure row. */
    public static final class FigureLine implements Serializable {
        private final long id;
        private final String code;
        private final int year;
        private final String part;
        private final String unit;
        private BigDecimal value;
        private boolean provisional;
        private long version;
        private String note;
        private String source;

        FigureLine(PlanEditing.FigureRow row) {
            this.id = row.id();
            this.code = row.code();
            this.year = row.year();
            this.part = row.part();
            this.unit = row.unit();
            refresh(row);
        }

        void refresh(PlanEditing.FigureRow row) {
            this.value = row.value();
            this.provisional = row.provisional();
            this.version = row.version();
            this.source = row.source();
            this.note = null;
        }

        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public int getYear() {
            return year;
        }

        public String getPart() {
            return part;
        }

        public String getUnit() {
            return unit;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public boolean isProvisional() {
            return provisional;
        }

        public void setProvisional(boolean provisional) {
            this.provisional = provisional;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getSource() {
            return source;
        }
    }

    @Inject
    private PlanEditing editing;

    @Inject
    private IndicatorResults results;

    private String indicator;
    private List<PlanEditing.IndicatorOption> indicators = List.of();
    private Integer newTargetYear;
    private BigDecimal newTargetValue;
    private String figureCode;
    private Integer figureYear;
    private String figurePart;
    private BigDecimal figureValue;
    private String figureUnit;
    private boolean figureProvisional;
    private String figureDocument;
    private String figureLocation;
    private List<TargetLine> targets = new ArrayList<>();
    private List<FigureLine> figures = new ArrayList<>();

    public void load() {
        Pages.load(() -> {
            defaultAgency(results);
            indicators = editing.indicatorOptions(getAgency());
            if (indicator == null && !indicators.isEmpty()) {
                indicator = indicators.get(0).code();
            }
            loadTargets();
            figures = new ArrayList<>(editing.figures(getAgency()).stream().map(FigureLine::new).toList());
        });
    }

    /** Shows the targets of the chosen indicator: every Renstra year, set or not. */
    public void loadTargets() {
        targets = new ArrayList<>();
        if (indicator == null) {
            return;
        }
        for (PlanEditing.TargetRow row : editing.targets(getAgency(), indicator)) {
            targets.add(new TargetLine(row.year(), row.value(), row.version(), row.source()));
        }
    }

    public void saveTarget(RowEditEvent<TargetLine> event) {
        TargetLine line = event.getObject();
        save(() -> {
            PlanEditing.TargetRow saved = editing.setTarget(getAgency(), indicator, line.year, line.value, line.note, line.version);
            line.version = saved.version();
            line.source = saved.source();
        });
    }

    /** Sets the target of a year that has none yet (inside the indicator's Renstra period). */
    public void addTarget() {
        if (Pages.attempt(() -> editing.setTarget(getAgency(), indicator, newTargetYear == null ? 0 : newTargetYear, newTargetValue,
                null, null), "edit.saved")) {
            newTargetYear = null;
            newTargetValue = null;
            loadTargets();
        }
    }

    public void removeTarget(TargetLine line) {
        if (Pages.attempt(() -> editing.deleteTarget(getAgency(), indicator, line.year, line.version == null ? -1 : line.version),
                "removed")) {
            loadTargets();
        }
    }

    /** Records a new figure with its source. */
    public void addFigure() {
        if (Pages.attempt(() -> editing.addFigure(getAgency(), figureCode, figureYear, figurePart, figureValue, figureUnit,
                figureProvisional, figureDocument, figureLocation, null), "edit.saved")) {
            figureCode = null;
            figurePart = null;
            figureValue = null;
            figures = new ArrayList<>(editing.figures(getAgency()).stream().map(FigureLine::new).toList());
        }
    }

    public void removeFigure(FigureLine line) {
        if (Pages.attempt(() -> editing.deleteFigure(getAgency(), line.id, line.version), "removed")) {
            figures = new ArrayList<>(editing.figures(getAgency()).stream().map(FigureLine::new).toList());
        }
    }

    public Integer getNewTargetYear() { return newTargetYear; }
    public void setNewTargetYear(Integer v) { this.newTargetYear = v; }
    public BigDecimal getNewTargetValue() { return newTargetValue; }
    public void setNewTargetValue(BigDecimal v) { this.newTargetValue = v; }
    public String getFigureCode() { return figureCode; }
    public void setFigureCode(String v) { this.figureCode = v; }
    public Integer getFigureYear() { return figureYear; }
    public void setFigureYear(Integer v) { this.figureYear = v; }
    public String getFigurePart() { return figurePart; }
    public void setFigurePart(String v) { this.figurePart = v; }
    public BigDecimal getFigureValue() { return figureValue; }
    public void setFigureValue(BigDecimal v) { this.figureValue = v; }
    public String getFigureUnit() { return figureUnit; }
    public void setFigureUnit(String v) { this.figureUnit = v; }
    public boolean isFigureProvisional() { return figureProvisional; }
    public void setFigureProvisional(boolean v) { this.figureProvisional = v; }
    public String getFigureDocument() { return figureDocument; }
    public void setFigureDocument(String v) { this.figureDocument = v; }
    public String getFigureLocation() { return figureLocation; }
    public void setFigureLocation(String v) { this.figureLocation = v; }

    public void saveFigure(RowEditEvent<FigureLine> event) {
        FigureLine line = event.getObject();
        save(() -> line.refresh(editing.changeFigure(getAgency(), line.id, line.value, line.provisional, line.note, line.version)));
    }

    private void save(Runnable action) {
        Pages.attempt(action, "edit.saved");
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public List<PlanEditing.IndicatorOption> getIndicators() {
        return indicators;
    }

    public List<TargetLine> getTargets() {
        return targets;
    }

    public List<FigureLine> getFigures() {
        return figures;
    }
}
