package org.akuntabel.reporting.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.akuntabel.evaluation.Recomputation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.agency.Agency;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.Pages;

import java.io.Serializable;
import java.util.List;

/** The home page: an agency's indicators for a year, computed beside published. */
@Named("kinerja")
@ViewScoped
public class PerformanceOverview implements Serializable {

    @Inject
    private IndicatorResults results;

    private String agency;
    private Integer year;
    private List<Agency> agencies;
    private List<Integer> years;
    private List<IndicatorResult> indicators;

    /** Called by {@code f:viewAction}: defaults to the first agency and its newest year. */
    public void load() {
        Pages.load(this::read);
    }

    private void read() {
        agencies = results.agencies();
        if (agencies.isEmpty()) {
            years = List.of();
            indicators = List.of();
            return;
        }
        if (agency != null && agencies.stream().noneMatch(a -> a.getCode().equals(agency))) {
            try {
                results.agency(agency);      // an agency outside the caller's scope is refused here (403)
            } catch (NotFoundException unknown) {
                agency = null;
            }
        }
        if (agency == null) {
            agency = agencies.get(0).getCode();
        }
        years = results.years(agency);
        if (year == null || !years.contains(year)) {
            year = results.defaultYear(agency);
        }
        indicators = year == null ? List.of() : results.indicators(agency, year);
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Agency> getAgencies() {
        return agencies;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<IndicatorResult> getIndicators() {
        return indicators;
    }

    @Inject
    private Recomputation recomputation;

    /** "Hitung ulang semua": starts a new run of every evaluable indicator of the year in the background. */
    public void recomputeAll() {
        Pages.attempt(() -> recomputation.start(agency, year), "recompute.started");
    }

    /** The latest background recomputation of the agency and year, or {@code null}. */
    public Recomputation.Progress getProgress() {
        return agency == null || year == null ? null : recomputation.progress(agency, year).orElse(null);
    }

    /** Whether a background recomputation of the year is running (e.g. after a rule activation). */
    public boolean isRecomputing() {
        Recomputation.Progress progress = getProgress();
        return progress != null && !progress.finished();
    }

    /** The progress bar's value (0–100); 0 without a job. */
    public int getProgressPercent() {
        Recomputation.Progress progress = getProgress();
        return progress == null ? 0 : progress.percent();
    }

    /** When the progress bar completes: the table shows the new runs. */
    public void recomputed() {
        read();
        Recomputation.Progress progress = getProgress();
        FacesContext context = FacesContext.getCurrentInstance();
        String text = progress != null && progress.error() != null ? progress.error()
                : context.getApplication().getResourceBundle(context, "msg").getString("recomputed");
        context.addMessage(null, new FacesMessage(progress != null && progress.error() != null ? FacesMessage.SEVERITY_ERROR
                : FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getAgencyName() {
        return agencies == null ? "" : agencies.stream().filter(a -> a.getCode().equals(agency))
                .map(Agency::getName).findFirst().orElse("");
    }
}
