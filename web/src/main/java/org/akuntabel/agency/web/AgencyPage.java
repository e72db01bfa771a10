package org.akuntabel.agency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.agency.AgencyEditing;
import org.akuntabel.agency.GovernmentLevel;
import org.akuntabel.web.Pages;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The agencies of this installation: added, and name, level, parent region and scale changed row by row. */
@Named("instansi")
@ViewScoped
public class AgencyPage implements Serializable {

    /** An editable agency row. */
    public static final class Line implements Serializable {
        private final String code;
        private String name;
        private GovernmentLevel level;
        private String region;
        private String scaleRuleSet;
        private long version;

        Line(AgencyEditing.AgencyRecord r) {
            code = r.code();
            refresh(r);
        }

        void refresh(AgencyEditing.AgencyRecord r) {
            name = r.name();
            level = r.level();
            region = r.region();
            scaleRuleSet = r.scaleRuleSet();
            version = r.version();
        }

        public String getCode() { return code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public GovernmentLevel getLevel() { return level; }
        public void setLevel(GovernmentLevel level) { this.level = level; }
        public String getRegion() { return region; }
        public void setRegion(String region) { this.region = region; }
        public String getScaleRuleSet() { return scaleRuleSet; }
        public void setScaleRuleSet(String scaleRuleSet) { this.scaleRuleSet = scaleRuleSet; }
    }

    @Inject
    private AgencyEditing editing;

    private List<Line> agencies = new ArrayList<>();
    private String newCode;
    private String newName;
    private GovernmentLevel newLevel = GovernmentLevel.KABUPATEN;
    private String newRegion;
    private String newScale = "skala-capaian-beltim";

    public void load() {
        agencies = new ArrayList<>(editing.list().stream().map(Line::new).toList());
    }

    public void save(RowEditEvent<Line> event) {
        Line line = event.getObject();
        Pages.attempt(() -> line.refresh(editing.update(line.code, line.name, line.level, line.region, line.scaleRuleSet,
                line.version)), "edit.saved.plain");
    }

    public void add() {
        if (Pages.attempt(() -> editing.create(newCode, newName, newLevel, newRegion, newScale), "budget.added")) {
            newCode = null;
            newName = null;
            newRegion = null;
            load();
        }
    }

    public GovernmentLevel[] getLevels() { return GovernmentLevel.values(); }
    public List<Line> getAgencies() { return agencies; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public GovernmentLevel getNewLevel() { return newLevel; }
    public void setNewLevel(GovernmentLevel newLevel) { this.newLevel = newLevel; }
    public String getNewRegion() { return newRegion; }
    public void setNewRegion(String newRegion) { this.newRegion = newRegion; }
    public String getNewScale() { return newScale; }
    public void setNewScale(String newScale) { this.newScale = newScale; }
}
