package org.akuntabel.reporting.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.reporting.EntityResult;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.registers.cooperative.CooperativeRegister;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

/** One entity's page: whether it counted for the indicator, and each criterion's finding with evidence and rule. */
@Named("jejakEntitas")
@RequestScoped
public class EntityTrace extends AgencyYearPage {

    @Inject
    private IndicatorResults results;

    @Inject
    private CooperativeRegister cooperatives;

    private String code;
    private long id;
    private IndicatorResult indicator;
    private EntityResult entity;
    private CooperativeRegister.CooperativeRecord cooperative;

    private String entityType() {
        return results.entityRegister(getAgency(), code);
    }

    /** The cooperative's register data as stored now (the findings show the values as evaluated). */
    public CooperativeRegister.CooperativeRecord getCooperative() {
        return cooperative;
    }

    public void load() {
        Pages.load(() -> {
            indicator = results.indicator(getAgency(), getYear(), code);
            entity = results.entity(getAgency(), getYear(), code, id);
            if ("koperasi".equals(entityType())) {
                cooperative = cooperatives.cooperative(getAgency(), id);
            }
        });
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public IndicatorResult getIndicator() {
        return indicator;
    }

    public EntityResult getEntity() {
        return entity;
    }
}
