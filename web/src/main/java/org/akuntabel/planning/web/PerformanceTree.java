package org.akuntabel.planning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.util.List;

/** The pohon kinerja page: Renstra → tujuan → sasaran → indicators → programmes, and the planning documents of a year. */
@Named("pohonKinerja")
@RequestScoped
public class PerformanceTree extends AgencyYearPage {

    @Inject
    private PlanningService planning;

    @Inject
    private IndicatorResults results;

    private List<PlanningViews.RenstraView> renstra = List.of();
    private List<PlanningViews.DocumentView> documents = List.of();
    private List<Integer> documentYears = List.of();

    public void load() {
        Pages.load(() -> {
            defaultAgency(results);
            renstra = planning.renstra(getAgency());
            documentYears = planning.documentYears(getAgency());
            if (getYear() == 0 && !documentYears.isEmpty()) {
                setYear(documentYears.get(0));
            }
            documents = documentYears.contains(getYear()) ? planning.documents(getAgency(), getYear()) : List.of();
        });
    }

    public List<PlanningViews.RenstraView> getRenstra() {
        return renstra;
    }

    public List<PlanningViews.DocumentView> getDocuments() {
        return documents;
    }

    public List<Integer> getDocumentYears() {
        return documentYears;
    }
}
