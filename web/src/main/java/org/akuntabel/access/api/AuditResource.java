package org.akuntabel.access.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.akuntabel.access.AuditChain;
import org.akuntabel.access.AuditLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code /api/v1/audit}: the audit log filtered by {@code agency}, {@code entity} (type), {@code entityId}, {@code user}
 * and period ({@code from}, {@code to}: dates, {@code to} inclusive), as JSON or CSV ({@code /audit/export.csv}); and
 * {@code /audit/verify}, the hash-chain check naming the first altered row. AUDITOR (assigned agencies), ADMIN and
 * KEBIJAKAN read it; nothing here changes it.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int LIMIT = 10_000;

    @Inject
    private AuditLog audit;

    @GET
    public List<AuditChain.Row> entries(@QueryParam("agency") String agency, @QueryParam("entity") String entity,
                                        @QueryParam("entityId") String entityId, @QueryParam("user") String user,
                                        @QueryParam("from") String from, @QueryParam("to") String to) {
        return audit.find(agency, entity, entityId, user, start(from), end(to), LIMIT);
    }

    @GET
    @Path("verify")
    public AuditChain.Verification verify() {
        return audit.verify();
    }

    static LocalDateTime start(String from) {
        return from == null || from.isBlank() ? null : date(from).atStartOfDay();
    }

    static LocalDateTime end(String to) {
        return to == null || to.isBlank() ? null : date(to).plusDays(1).atStartOfDay();
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.akuntabel.registers.ValidationFailedException(List.of(
                    new org.akuntabel.registers.ValidationFailedException.FieldError("from/to", "Tanggal ditulis YYYY-MM-DD: " + text)));
        }
    }

    /** The rows as CSV (UTF-8, header row), as the auditor exports them. */
    static String csv(List<AuditChain.Row> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("seq", "recordedAt", "user", "action",
                "entityType", "entityId", "agency", "before", "after", "reason", "prevHash", "hash").get())) {
            for (AuditChain.Row r : rows) {
                csv.printRecord(r.seq(), r.recordedAt(), r.username(), r.action(), r.entityType(), r.entityId(), r.agencyCode(),
                        r.before(), r.after(), r.reason(), r.prevHash(), r.hash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code GET /api/v1/audit/export.csv}: the same rows and filters as CSV. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("agency") String agency, @QueryParam("entity") String entity,
                           @QueryParam("entityId") String entityId, @QueryParam("user") String user,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        return csvResponse(entries(agency, entity, entityId, user, from, to));
    }

    static Response csvResponse(List<AuditChain.Row> rows) {
        return Response.ok(csv(rows), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"log-audit.csv\"").build();
    }
}
