package org.akuntabel.registers.company;

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

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

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
    private transient CompanyRegister register;

    @Inject
    private transient IndicatorResults results;

    private List<Line> companies = new ArrayList<>();

    public void load() {
        Pages.load(() -> {
            if (getAgency() == null) {
                setAgency(results.agencies().stream().findFirst().map(Agency::getCode)
                        .orElseThrow(() -> new NotFoundException("Belum ada instansi")));
            }
            companies = new ArrayList<>(register.list(getAgency()).stream().map(Line::new).toList());
        });
    }

    public void save(RowEditEvent<Line> event) {
        Line line = event.getObject();
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            line.refresh(register.update(getAgency(), line.id, line.edit()));
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, bundle.getString("edit.saved"), null));
        } catch (ValidationFailedException invalid) {
            invalid.getErrors().forEach(e -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), null)));
            context.validationFailed();
        } catch (ConcurrentEditException conflict) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, conflict.getMessage(), null));
            context.validationFailed();
        }
    }

    public List<Line> getCompanies() {
        return companies;
    }
}
