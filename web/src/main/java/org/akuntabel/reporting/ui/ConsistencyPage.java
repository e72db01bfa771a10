package org.akuntabel.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.reporting.ConsistencyChecks;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.util.List;

/** The consistency check page ("Pemeriksaan konsistensi") of an agency's year. */
@Named("pemeriksaan")
@ViewScoped
public class ConsistencyPage extends AgencyYearPage {

    @Inject
    private transient ConsistencyChecks consistency;

    @Inject
    private transient IndicatorResults results;

    private List<ConsistencyChecks.Check> checks = List.of();

    public void load() {
        Pages.load(() -> {
            if (getAgency() == null) {
                setAgency(results.agencies().stream().findFirst().map(Agency::getCode)
                        .orElseThrow(() -> new NotFoundException("Belum ada instansi")));
            }
            if (getYear() == 0) {
                Integer year = results.defaultYear(getAgency());
                setYear(year == null ? 0 : year);
            }
            checks = consistency.checks(getAgency(), getYear());
        });
    }

    public List<ConsistencyChecks.Check> getChecks() {
        return checks;
    }
}
