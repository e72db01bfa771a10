package org.akuntabel.web;

import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.reporting.IndicatorResults;

import java.io.Serializable;
import java.time.Year;

/** A page about one agency and year, both taken from the request ({@code ?agency=beltim&year=2025}). */
public abstract class AgencyYearPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String agency;
    private int year;

    /** Without {@code ?agency=}: the first agency. */
    protected void defaultAgency(IndicatorResults results) {
        if (agency == null) {
            agency = results.agencies().stream().findFirst().map(Agency::getCode)
                    .orElseThrow(() -> new NotFoundException("Belum ada instansi"));
        }
    }

    /**
     * Without {@code ?agency=}: the first agency; without {@code ?year=}: the latest year it has published figures
     * for, else its latest planned year, else {@code fallback} (the current year, or 0 for "none").
     */
    protected void defaultAgencyAndYear(IndicatorResults results, boolean currentYearFallback) {
        defaultAgency(results);
        if (year == 0) {
            Integer latest = results.defaultYear(agency);
            year = latest != null ? latest : currentYearFallback ? Year.now().getValue() : 0;
        }
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
