package org.akuntabel.planning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;
import org.akuntabel.planning.RenstraEditing;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.io.Serializable;
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
    private transient PlanningService planning;

    @Inject
    private transient RenstraEditing editing;

    @Inject
    private transient IndicatorResults results;

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
            if (getAgency() == null) {
                setAgency(results.agencies().stream().findFirst().map(Agency::getCode)
                        .orElseThrow(() -> new NotFoundException("Belum ada instansi")));
            }
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
