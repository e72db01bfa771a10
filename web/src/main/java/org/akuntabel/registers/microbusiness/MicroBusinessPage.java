package org.akuntabel.registers.microbusiness;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The micro-business register page ("Usaha mikro"): the entities with the entrepreneur criteria fields, added,
 * changed and removed in a dialog, and per kecamatan the registered entities beside the reported aggregates.
 */
@Named("registerUsahaMikro")
@ViewScoped
public class MicroBusinessPage extends AgencyYearPage {

    /** The fields of the dialog; {@code id == null} adds a new business. */
    public static final class Form implements Serializable {
        private Long id;
        private Long version;
        private String name;
        private String ownerName;
        private String kecamatan;
        private String nib;
        private String npwp;
        private Boolean fixedCommodity;
        private Boolean fixedPlace;
        private Boolean financialRecords;
        private Boolean separatedFinances;
        private Boolean entrepreneurshipTraining;
        private Boolean financeAccess;
        private BigDecimal capital;
        private BigDecimal annualSales;
        private String note;

        static Form of(MicroBusinessRegister.MicroBusinessRecord r) {
            Form f = new Form();
            f.id = r.id();
            f.version = r.version();
            f.name = r.name();
            f.ownerName = r.ownerName();
            f.kecamatan = r.kecamatan();
            f.nib = r.nib();
            f.npwp = r.npwp();
            f.fixedCommodity = r.fixedCommodity();
            f.fixedPlace = r.fixedPlace();
            f.financialRecords = r.financialRecords();
            f.separatedFinances = r.separatedFinances();
            f.entrepreneurshipTraining = r.entrepreneurshipTraining();
            f.financeAccess = r.financeAccess();
            f.capital = r.capital();
            f.annualSales = r.annualSales();
            return f;
        }

        MicroBusinessRegister.MicroBusinessInput input() {
            return new MicroBusinessRegister.MicroBusinessInput(name, ownerName, kecamatan, nib, npwp, fixedCommodity, fixedPlace,
                    financialRecords, separatedFinances, entrepreneurshipTraining, financeAccess, capital, annualSales, note, version);
        }

        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getOwnerName() { return ownerName; }
        public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
        public String getKecamatan() { return kecamatan; }
        public void setKecamatan(String kecamatan) { this.kecamatan = kecamatan; }
        public String getNib() { return nib; }
        public void setNib(String nib) { this.nib = nib; }
        public String getNpwp() { return npwp; }
        public void setNpwp(String npwp) { this.npwp = npwp; }
        public Boolean getFixedCommodity() { return fixedCommodity; }
        public void setFixedCommodity(Boolean v) { this.fixedCommodity = v; }
        public Boolean getFixedPlace() { return fixedPlace; }
        public void setFixedPlace(Boolean v) { this.fixedPlace = v; }
        public Boolean getFinancialRecords() { return financialRecords; }
        public void setFinancialRecords(Boolean v) { this.financialRecords = v; }
        public Boolean getSeparatedFinances() { return separatedFinances; }
        public void setSeparatedFinances(Boolean v) { this.separatedFinances = v; }
        public Boolean getEntrepreneurshipTraining() { return entrepreneurshipTraining; }
        public void setEntrepreneurshipTraining(Boolean v) { this.entrepreneurshipTraining = v; }
        public Boolean getFinanceAccess() { return financeAccess; }
        public void setFinanceAccess(Boolean v) { this.financeAccess = v; }
        public BigDecimal getCapital() { return capital; }
        public void setCapital(BigDecimal capital) { this.capital = capital; }
        public BigDecimal getAnnualSales() { return annualSales; }
        public void setAnnualSales(BigDecimal annualSales) { this.annualSales = annualSales; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @Inject
    private MicroBusinessRegister register;

    @Inject
    private IndicatorResults results;

    private List<MicroBusinessRegister.MicroBusinessRecord> businesses = List.of();
    private MicroBusinessRegister.Summary summary;
    private Form form = new Form();

    public void load() {
        Pages.load(() -> {
            defaultAgencyAndYear(results, true);
            read();
        });
    }

    public void startNew() {
        form = new Form();
    }

    public void startEdit(MicroBusinessRegister.MicroBusinessRecord record) {
        form = Form.of(record);
    }

    public void save() {
        boolean stored = Pages.attempt(() -> {
            if (form.id == null) {
                register.create(getAgency(), form.input());
            } else {
                register.update(getAgency(), form.id, form.input());
            }
        }, "edit.saved.plain");
        if (stored) {
            PrimeFaces.current().executeScript("PF('businessDialog').hide()");
            read();
        }
    }

    public void remove(MicroBusinessRegister.MicroBusinessRecord record) {
        Pages.attempt(() -> register.delete(getAgency(), record.id(), record.version()), "removed");
        read();
    }

    private void read() {
        businesses = register.list(getAgency());
        summary = register.summary(getAgency(), getYear());
    }

    /** The kecamatan known from the register or the reported aggregates, for the dialog's suggestions. */
    public List<String> completeKecamatan(String query) {
        return summary.kecamatan().stream().map(MicroBusinessRegister.KecamatanCount::kecamatan)
                .filter(k -> query == null || k.toLowerCase().contains(query.toLowerCase())).toList();
    }

    public List<MicroBusinessRegister.MicroBusinessRecord> getBusinesses() { return businesses; }
    public MicroBusinessRegister.Summary getSummary() { return summary; }
    public Form getForm() { return form; }
}
