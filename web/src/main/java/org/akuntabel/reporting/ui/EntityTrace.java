package org.akuntabel.reporting.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.access.AuditChain;
import org.akuntabel.access.AuditLog;
import org.akuntabel.reporting.EntityResult;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.registers.cooperative.CooperativeRegister;
import org.akuntabel.reporting.IndicatorResults;
import org.akuntabel.web.AgencyYearPage;
import org.akuntabel.web.Pages;

import java.util.List;

/** One entity's page: whether it counted for the indicator, and each criterion's finding with evidence and rule. */
@Named("jejakEntitas")
@RequestScoped
public class EntityTrace extends AgencyYearPage {

    @Inject
    private IndicatorResults results;

    @Inject
    private CooperativeRegister cooperatives;

    @Inject
    private AuditLog audit;

    private List<AuditChain.Row> history = List.of();

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
            String register = entityType();
            if ("koperasi".equals(register)) {
                cooperative = cooperatives.cooperative(getAgency(), id);
            }
            String type = switch (register == null ? "" : register) {
                case "koperasi" -> "Cooperative";
                case "perusahaan" -> "Company";
                case "usaha-mikro" -> "MicroBusiness";
                default -> null;
            };
            if (type != null) {
                history = audit.history(getAgency(), type, Long.toString(id));
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

    /** The entity's data history from the audit log: who changed what, when, before → after. */
    public List<AuditChain.Row> getHistory() {
        return history;
    }

    public IndicatorResult getIndicator() {
        return indicator;
    }

    public EntityResult getEntity() {
        return entity;
    }
}
