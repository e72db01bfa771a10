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

/** {@code /api/v1/agencies/{agency}/years/{year}/documents}: the IKU, RKT and Perjanjian Kinerja (with revisions) of a year. */
@Path("agencies/{agency}/years/{year}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class PlanningDocumentResource {

    @Inject
    private PlanningService planning;

    @GET
    public List<PlanningViews.DocumentView> documents(@PathParam("agency") String agency, @PathParam("year") int year) {
        return planning.documents(agency, year);
    }
}
