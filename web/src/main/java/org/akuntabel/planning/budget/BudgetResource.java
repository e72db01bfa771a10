package org.akuntabel.planning.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;

/** {@code /api/v1/agencies/{agency}/years/{year}/budget}: pagu, realisation and absorption per sasaran, programme and activity. */
@Path("agencies/{agency}/years/{year}/budget")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Inject
    private BudgetService budgets;

    /** The body of an activity change. */
    public record ActivityChange(BigDecimal pagu, BigDecimal realisation, String note, long version) {
    }

    @GET
    public BudgetView budget(@PathParam("agency") String agency, @PathParam("year") int year) {
        return budgets.budget(agency, year);
    }

    /** {@code PUT …/activities/{id}}: an activity's pagu and realisation (422 when invalid, 409 when stale). */
    @PUT
    @Path("activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BudgetView.ActivityBudget changeActivity(@PathParam("agency") String agency, @PathParam("id") long id,
                                                    ActivityChange change) {
        return budgets.changeActivity(agency, id, change.pagu(), change.realisation(), change.note(), change.version());
    }
}
