package org.akuntabel.web;

import java.io.Serializable;

/** A page about one agency and year, both taken from the request ({@code ?agency=beltim&year=2025}). */
public abstract class AgencyYearPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private String agency;
    private int year;

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
