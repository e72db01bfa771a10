package org.akuntabel.reporting.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
    private ConsistencyChecks consistency;

    @Inject
    private IndicatorResults results;

    private List<ConsistencyChecks.Check> checks = List.of();

    public void load() {
        Pages.load(() -> {
            defaultAgencyAndYear(results, false);
            checks = consistency.checks(getAgency(), getYear());
        });
    }

    public List<ConsistencyChecks.Check> getChecks() {
        return checks;
    }
}
