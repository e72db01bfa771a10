package org.akuntabel.registers.company;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;
import org.primefaces.event.RowEditEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The company register page ("Register perusahaan"): the work-governance elements edited row by row. */
@Named("registerPerusahaan")
@ViewScoped
public class CompanyRegisterPage extends AgencyYearPage {

    /** An editable company row. */
    public static final class Line implements Serializable {
        private final long id;
        private final String name;
        private final String sector;
        private Integer workers;
        private Boolean ppPkb;
        private String ppPkbNumber;
        private Boolean lksBipartit;
        private String lksBipartitDecree;
        private Boolean wageStructure;
        private Integer bpjsParticipants;
        private String note;
        private long version;

        Line(CompanyRegister.CompanyRecord record) {
            this.id = record.id();
            this.name = record.name();
            this.sector = record.sector();
            refresh(record);
        }

        void refresh(CompanyRegister.CompanyRecord r) {
            workers = r.workers();
            ppPkb = r.ppPkb();
            ppPkbNumber = r.ppPkbNumber();
            lksBipartit = r.lksBipartit();
            lksBipartitDecree = r.lksBipartitDecree();
            wageStructure = r.wageStructure();
            bpjsParticipants = r.bpjsParticipants();
            version = r.version();
            note = null;
        }

        CompanyRegister.CompanyEdit edit() {
            return new CompanyRegister.CompanyEdit(workers, ppPkb, ppPkbNumber, lksBipartit, lksBipartitDecree, wageStructure,
                    bpjsParticipants, note, version);
        }

        public long getId() { return id; }
        public String getName() { return name; }
        public String getSector() { return sector; }
        public Integer getWorkers() { return workers; }
        public void setWorkers(Integer workers) { this.workers = workers; }
        public Boolean getPpPkb() { return ppPkb; }
        public void setPpPkb(Boolean ppPkb) { this.ppPkb = ppPkb; }
        public String getPpPkbNumber() { return ppPkbNumber; }
        public void setPpPkbNumber(String ppPkbNumber) { this.ppPkbNumber = ppPkbNumber; }
        public Boolean getLksBipartit() { return lksBipartit; }
        public void setLksBipartit(Boolean lksBipartit) { this.lksBipartit = lksBipartit; }
        public String getLksBipartitDecree() { return lksBipartitDecree; }
        public void setLksBipartitDecree(String lksBipartitDecree) { this.lksBipartitDecree = lksBipartitDecree; }
        public Boolean getWageStructure() { return wageStructure; }
        public void setWageStructure(Boolean wageStructure) { this.wageStructure = wageStructure; }
        public Integer getBpjsParticipants() { return bpjsParticipants; }
        public void setBpjsParticipants(Integer bpjsParticipants) { this.bpjsParticipants = bpjsParticipants; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @Inject
    private CompanyRegister register;

    @Inject
    private IndicatorResults results;

    private List<Line> companies = new ArrayList<>();
    private String newName;
    private String newSector;
    private Integer newWorkers;

    public void load() {
        Pages.load(() -> {
            defaultAgency(results);
            companies = new ArrayList<>(register.list(getAgency()).stream().map(Line::new).toList());
        });
    }

    public void save(RowEditEvent<Line> event) {
        Line line = event.getObject();
        Pages.attempt(() -> line.refresh(register.update(getAgency(), line.id, line.edit())), "edit.saved");
    }

    /** Adds the company typed into the add form (its elements are then recorded row by row). */
    public void add() {
        if (Pages.attempt(() -> register.create(getAgency(), newName, newSector,
                new CompanyRegister.CompanyEdit(newWorkers, null, null, null, null, null, null, null, 0)), "company.added")) {
            newName = null;
            newSector = null;
            newWorkers = null;
            companies = new ArrayList<>(register.list(getAgency()).stream().map(Line::new).toList());
        }
    }

    public void remove(Line line) {
        Pages.attempt(() -> register.delete(getAgency(), line.id, line.version), "company.removed");
        companies = new ArrayList<>(register.list(getAgency()).stream().map(Line::new).toList());
    }

    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewSector() { return newSector; }
    public void setNewSector(String newSector) { this.newSector = newSector; }
    public Integer getNewWorkers() { return newWorkers; }
    public void setNewWorkers(Integer newWorkers) { this.newWorkers = newWorkers; }


    public List<Line> getCompanies() {
        return companies;
    }
}
