package org.akuntabel.planning.budget;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/agencies/{agency}/years/{year}/budget}: pagu, realisation and absorption per sasaran, programme and activity. */
@Path("agencies/{agency}/years/{year}/budget")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Inject
    private BudgetService budgets;

    @GET
    public BudgetView budget(@PathParam("agency") String agency, @PathParam("year") int year) {
        return budgets.budget(agency, year);
    }
}
