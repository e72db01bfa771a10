package org.akuntabel.planning.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;

import java.util.List;

/** {@code /api/v1/agencies/{agency}/renstra}: the Renstra periods as the cascade tujuan → sasaran → indicators → programmes. */
@Path("agencies/{agency}/renstra")
@Produces(MediaType.APPLICATION_JSON)
public class RenstraResource {

    @Inject
    private PlanningService planning;

    @GET
    public List<PlanningViews.RenstraView> renstra(@PathParam("agency") String agency) {
        return planning.renstra(agency);
    }
}
