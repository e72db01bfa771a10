package org.akuntabel.access.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.akuntabel.access.AuditChain;
import org.akuntabel.access.AuditLog;
import org.akuntabel.web.Pages;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /audit.xhtml}: the audit log for AUDITOR, ADMIN and KEBIJAKAN — filtered by agency, entity, user and period,
 * with the hash-chain verification and the CSV export of the same filter.
 */
@Named("audit")
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    private AuditLog log;

    private String agency;
    private String entity;
    private String entityId;
    private String user;
    private LocalDate from;
    private LocalDate to;
    private List<AuditChain.Row> rows = List.of();
    private AuditChain.Verification verification;

    public void load() {
        Pages.load(() -> {
            verification = log.verify();
            search();
        });
    }

    public void search() {
        rows = log.find(agency, entity, entityId, user, from == null ? null : from.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay(), SHOWN);
    }

    /** The CSV export of the current filter (the REST export, read with the page's session). */
    public String getCsvUrl() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("agency", agency);
        query.put("entity", entity);
        query.put("entityId", entityId);
        query.put("user", user);
        query.put("from", from == null ? null : from.toString());
        query.put("to", to == null ? null : to.toString());
        return "api/v1/audit/export.csv?" + query.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public List<AuditChain.Row> getRows() { return rows; }
    public AuditChain.Verification getVerification() { return verification; }
    public String getAgency() { return agency; }
    public void setAgency(String agency) { this.agency = agency; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getUser() { return user; }
    public void setUser(String user) { this.user = user; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
