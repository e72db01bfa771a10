package org.akuntabel.registers.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The IP ASN page: civil servants' scores by dimension for a year, added, changed and removed in a dialog, with
 * the dimension averages they give beside the unit averages the report gives.
 */
@Named("registerAsn")
@ViewScoped
public class StaffScorePage extends AgencyYearPage {

    /** The fields of the dialog; {@code id == null} adds a new score. */
    public static final class Form implements Serializable {
        private Long id;
        private Long version;
        private String nip;
        private String name;
        private Employment employment = Employment.PNS;
        private BigDecimal qualification;
        private BigDecimal competence;
        private BigDecimal performance;
        private BigDecimal discipline;
        private String note;

        static Form of(StaffScoreRegister.ScoreRecord r) {
            Form f = new Form();
            f.id = r.id();
            f.version = r.version();
            f.nip = r.nip();
            f.name = r.name();
            f.employment = r.employment();
            f.qualification = r.qualification();
            f.competence = r.competence();
            f.performance = r.performance();
            f.discipline = r.discipline();
            return f;
        }

        StaffScoreRegister.ScoreInput input() {
            return new StaffScoreRegister.ScoreInput(nip, name, employment, qualification, competence, performance, discipline, note,
                    version);
        }

        public Long getId() { return id; }
        public String getNip() { return nip; }
        public void setNip(String nip) { this.nip = nip; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Employment getEmployment() { return employment; }
        public void setEmployment(Employment employment) { this.employment = employment; }
        public BigDecimal getQualification() { return qualification; }
        public void setQualification(BigDecimal v) { this.qualification = v; }
        public BigDecimal getCompetence() { return competence; }
        public void setCompetence(BigDecimal v) { this.competence = v; }
        public BigDecimal getPerformance() { return performance; }
        public void setPerformance(BigDecimal v) { this.performance = v; }
        public BigDecimal getDiscipline() { return discipline; }
        public void setDiscipline(BigDecimal v) { this.discipline = v; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @Inject
    private StaffScoreRegister register;

    @Inject
    private IndicatorResults results;

    private StaffScoreRegister.YearScores scores;
    private Form form = new Form();

    public void load() {
        Pages.load(() -> {
            defaultAgencyAndYear(results, true);
            scores = register.year(getAgency(), getYear());
        });
    }

    public void startNew() {
        form = new Form();
    }

    public void startEdit(StaffScoreRegister.ScoreRecord record) {
        form = Form.of(record);
    }

    public void save() {
        boolean stored = Pages.attempt(() -> {
            if (form.id == null) {
                register.create(getAgency(), getYear(), form.input());
            } else {
                register.update(getAgency(), form.id, form.input());
            }
        }, "edit.saved.plain");
        if (stored) {
            PrimeFaces.current().executeScript("PF('scoreDialog').hide()");
            scores = register.year(getAgency(), getYear());
        }
    }

    public void remove(StaffScoreRegister.ScoreRecord record) {
        Pages.attempt(() -> register.delete(getAgency(), record.id(), record.version()), "removed");
        scores = register.year(getAgency(), getYear());
    }

    public Employment[] getEmployments() {
        return Employment.values();
    }

    public StaffScoreRegister.YearScores getScores() { return scores; }
    public Form getForm() { return form; }
}
