package org.akuntabel.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.planning.IndicatorEditing;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.Polarity;
import org.akuntabel.planning.PlanningViews;
import org.akuntabel.planning.RenstraEditing;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Renstra text page ("Ubah Renstra"): title, vision and missions, each tujuan's name and each sasaran's
 * name, strategy and policy, each part saved on its own from the version read. {@code year} is the period's
 * first year.
 */
@Named("ubahRenstra")
@ViewScoped
public class RenstraEdit extends AgencyYearPage {

    /** A tujuan's editable name. */
    public static final class TujuanForm implements Serializable {
        private final int number;
        private String name;
        private long version;

        TujuanForm(PlanningViews.TujuanView view) {
            this.number = view.number();
            this.name = view.name();
            this.version = view.version();
        }

        public int getNumber() { return number; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    /** A sasaran's editable name, strategy and policy (one item per line). */
    public static final class SasaranForm implements Serializable {
        private final int number;
        private String name;
        private String strategy;
        private String policy;
        private long version;

        SasaranForm(PlanningViews.SasaranView view) {
            this.number = view.number();
            this.name = view.name();
            this.strategy = String.join("\n", view.strategy());
            this.policy = String.join("\n", view.policy());
            this.version = view.version();
        }

        public int getNumber() { return number; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getStrategy() { return strategy; }
        public void setStrategy(String strategy) { this.strategy = strategy; }
        public String getPolicy() { return policy; }
        public void setPolicy(String policy) { this.policy = policy; }
    }

    @Inject
    private PlanningService planning;

    @Inject
    private RenstraEditing editing;

    @Inject
    private IndicatorResults results;

    @Inject
    private IndicatorEditing structure;

    /** The indicator dialog; {@code existing} false adds a new indicator. */
    public static final class IndicatorForm implements Serializable {
        private boolean existing;
        private String code;
        private String name;
        private String unit;
        private Polarity polarity = Polarity.HIGHER_IS_BETTER;
        private String formula;
        private String dataSource;
        private String responsibleUnit;
        private Integer baselineYear;
        private BigDecimal baselineValue;
        private Integer sasaranNumber;
        private Long version;

        static IndicatorForm of(IndicatorEditing.DefinedIndicator i) {
            IndicatorForm f = new IndicatorForm();
            f.existing = true;
            f.code = i.code();
            f.name = i.name();
            f.unit = i.unit();
            f.polarity = i.polarity();
            f.formula = i.formula();
            f.dataSource = i.dataSource();
            f.responsibleUnit = i.responsibleUnit();
            f.baselineYear = i.baselineYear();
            f.baselineValue = i.baselineValue();
            f.sasaranNumber = i.sasaranNumber();
            f.version = i.version();
            return f;
        }

        IndicatorEditing.Definition definition() {
            return new IndicatorEditing.Definition(code, name, unit, polarity, formula, dataSource, responsibleUnit, baselineYear,
                    baselineValue, sasaranNumber, version);
        }

        public boolean isExisting() { return existing; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public Polarity getPolarity() { return polarity; }
        public void setPolarity(Polarity polarity) { this.polarity = polarity; }
        public String getFormula() { return formula; }
        public void setFormula(String formula) { this.formula = formula; }
        public String getDataSource() { return dataSource; }
        public void setDataSource(String dataSource) { this.dataSource = dataSource; }
        public String getResponsibleUnit() { return responsibleUnit; }
        public void setResponsibleUnit(String responsibleUnit) { this.responsibleUnit = responsibleUnit; }
        public Integer getBaselineYear() { return baselineYear; }
        public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
        public BigDecimal getBaselineValue() { return baselineValue; }
        public void setBaselineValue(BigDecimal baselineValue) { this.baselineValue = baselineValue; }
        public Integer getSasaranNumber() { return sasaranNumber; }
        public void setSasaranNumber(Integer sasaranNumber) { this.sasaranNumber = sasaranNumber; }
    }

    private List<IndicatorEditing.DefinedIndicator> indicators = List.of();
    private IndicatorForm indicatorForm = new IndicatorForm();
    private String newTujuan;
    private String newSasaran;
    private Integer newSasaranTujuan;

    public void startNewIndicator() {
        indicatorForm = new IndicatorForm();
    }

    public void startEditIndicator(IndicatorEditing.DefinedIndicator indicator) {
        indicatorForm = IndicatorForm.of(indicator);
    }

    public void saveIndicator() {
        IndicatorForm f = indicatorForm;
        if (Pages.attempt(() -> {
            if (f.existing) {
                structure.update(getAgency(), f.code, f.definition());
            } else {
                structure.create(getAgency(), getYear(), f.definition());
            }
        }, "edit.saved.plain")) {
            PrimeFaces.current().executeScript("PF('indicatorDialog').hide()");
            read();
        }
    }

    public void removeIndicator(IndicatorEditing.DefinedIndicator indicator) {
        if (Pages.attempt(() -> structure.delete(getAgency(), indicator.code(), indicator.version()), "removed")) {
            read();
        }
    }

    public void addTujuan() {
        if (Pages.attempt(() -> structure.addTujuan(getAgency(), getYear(), newTujuan), "budget.added")) {
            newTujuan = null;
            read();
        }
    }

    public void addSasaran() {
        if (Pages.attempt(() -> structure.addSasaran(getAgency(), getYear(), newSasaranTujuan == null ? 0 : newSasaranTujuan, newSasaran),
                "budget.added")) {
            newSasaran = null;
            read();
        }
    }

    public void removeTujuan(TujuanForm form) {
        if (Pages.attempt(() -> structure.deleteTujuan(getAgency(), getYear(), form.number, form.version), "removed")) {
            read();
        }
    }

    public void removeSasaran(SasaranForm form) {
        if (Pages.attempt(() -> structure.deleteSasaran(getAgency(), getYear(), form.number, form.version), "removed")) {
            read();
        }
    }

    public List<IndicatorEditing.DefinedIndicator> getIndicators() { return indicators; }
    public IndicatorForm getIndicatorForm() { return indicatorForm; }
    public Polarity[] getPolarities() { return Polarity.values(); }
    public String getNewTujuan() { return newTujuan; }
    public void setNewTujuan(String newTujuan) { this.newTujuan = newTujuan; }
    public String getNewSasaran() { return newSasaran; }
    public void setNewSasaran(String newSasaran) { this.newSasaran = newSasaran; }
    public Integer getNewSasaranTujuan() { return newSasaranTujuan; }
    public void setNewSasaranTujuan(Integer newSasaranTujuan) { this.newSasaranTujuan = newSasaranTujuan; }

    private List<Integer> periods = List.of();
    private int endYear;
    private String title;
    private String vision;
    private String missions;
    private long version;
    private List<TujuanForm> tujuan = new ArrayList<>();
    private List<SasaranForm> sasaran = new ArrayList<>();

    public void load() {
        Pages.load(() -> {
            defaultAgency(results);
            read();
        });
    }

    private void read() {
        List<PlanningViews.RenstraView> all = planning.renstra(getAgency());
        periods = all.stream().map(PlanningViews.RenstraView::startYear).toList();
        PlanningViews.RenstraView view = all.stream().filter(r -> getYear() == 0 || r.startYear() == getYear()).findFirst()
                .orElseThrow(() -> new NotFoundException("Tidak ada Renstra yang dimulai tahun " + getYear()));
        setYear(view.startYear());
        endYear = view.endYear();
        title = view.title();
        vision = view.vision();
        missions = String.join("\n", view.missions());
        version = view.version();
        tujuan = new ArrayList<>(view.tujuan().stream().map(TujuanForm::new).toList());
        sasaran = new ArrayList<>(view.tujuan().stream().flatMap(t -> t.sasaran().stream()).map(SasaranForm::new).toList());
        indicators = structure.indicators(getAgency(), getYear());
    }

    public void saveText() {
        if (Pages.attempt(() -> editing.describe(getAgency(), getYear(), title, vision, missions, version), "edit.saved.plain")) {
            read();
        }
    }

    public void saveTujuan(TujuanForm form) {
        if (Pages.attempt(() -> editing.renameTujuan(getAgency(), getYear(), form.number, form.name, form.version), "edit.saved.plain")) {
            read();
        }
    }

    public void saveSasaran(SasaranForm form) {
        if (Pages.attempt(() -> editing.describeSasaran(getAgency(), getYear(), form.number, form.name, form.strategy, form.policy,
                form.version), "edit.saved.plain")) {
            read();
        }
    }

    public List<Integer> getPeriods() { return periods; }
    public int getEndYear() { return endYear; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getVision() { return vision; }
    public void setVision(String vision) { this.vision = vision; }
    public String getMissions() { return missions; }
    public void setMissions(String missions) { this.missions = missions; }
    public List<TujuanForm> getTujuan() { return tujuan; }
    public List<SasaranForm> getSasaran() { return sasaran; }
}
