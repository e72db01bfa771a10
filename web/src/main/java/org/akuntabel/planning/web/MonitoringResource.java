package org.akuntabel.planning.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.planning.PlanEditing;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/indicators/{code}/monitoring/{year}}: the four quarters of an indicator's
 * monitoring with the PK quarterly targets; {@code PUT …/{quarter}} with {@code realisation},
 * {@code budgetRealisationPercent}, {@code note} and the {@code version} read (none for a new entry).
 */
@Path("agencies/{agency}/indicators/{code}/monitoring/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    /** The body of an entry. */
    public record MonitoringChange(BigDecimal realisation, BigDecimal budgetRealisationPercent, String note, Long version) {
    }

    @Inject
    private PlanEditing editing;

    @GET
    public List<PlanEditing.MonitoringRow> quarters(@PathParam("agency") String agency, @PathParam("code") String code,
                                                    @PathParam("year") int year) {
        return editing.monitoring(agency, code, year);
    }

    @PUT
    @Path("{quarter}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanEditing.MonitoringRow set(@PathParam("agency") String agency, @PathParam("code") String code,
                                         @PathParam("year") int year, @PathParam("quarter") int quarter, MonitoringChange change) {
        return editing.setMonitoring(agency, code, year, quarter, change.realisation(), change.budgetRealisationPercent(),
                change.note(), change.version());
    }
}
