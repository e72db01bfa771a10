package org.akuntabel.registers.cooperative;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.util.List;

/** The cooperative register page ("Register koperasi"): every cooperative, adding one, removing one. */
@Named("registerKoperasi")
@ViewScoped
public class CooperativeRegisterPage extends AgencyYearPage {

    @Inject
    private CooperativeRegister register;

    @Inject
    private IndicatorResults results;

    private List<CooperativeRegister.CooperativeRecord> cooperatives = List.of();
    private String name;
    private String registrationNumber;
    private CooperativeStatus status = CooperativeStatus.AKTIF;

    public void load() {
        Pages.load(() -> {
            defaultAgencyAndYear(results, true);
            cooperatives = register.list(getAgency());
        });
    }

    public void add() {
        run(() -> {
            register.create(getAgency(), name, registrationNumber, status, getYear(), null);
            name = null;
            registrationNumber = null;
        }, "register.added");
    }

    public void remove(CooperativeRegister.CooperativeRecord cooperative) {
        run(() -> register.delete(getAgency(), cooperative.id(), cooperative.version()), "register.removed");
    }

    private void run(Runnable action, String doneKey) {
        Pages.attempt(action, doneKey);
        cooperatives = register.list(getAgency());
    }

    public List<CooperativeRegister.CooperativeRecord> getCooperatives() {
        return cooperatives;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public CooperativeStatus getStatus() {
        return status;
    }

    public void setStatus(CooperativeStatus status) {
        this.status = status;
    }

    public CooperativeStatus[] getStatuses() {
        return CooperativeStatus.values();
    }
}
