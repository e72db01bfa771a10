package org.akuntabel.planning.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.akuntabel.planning.DocumentEditing;
import org.akuntabel.planning.DocumentKind;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/agencies/{agency}/years/{year}/documents}: the IKU, RKT and Perjanjian Kinerja (with revisions) of a year. */
@Path("agencies/{agency}/years/{year}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class PlanningDocumentResource {

    /** The body of a new revision. */
    public record Revision(LocalDate date, String number, String reason) {
    }

    /** The body of a line change. */
    public record LineChange(BigDecimal annual, BigDecimal q1, BigDecimal q2, BigDecimal q3, BigDecimal q4, String note, long version) {
    }

    @Inject
    private PlanningService planning;

    @Inject
    private DocumentEditing editing;

    @GET
    public List<PlanningViews.DocumentView> documents(@PathParam("agency") String agency, @PathParam("year") int year) {
        return planning.documents(agency, year);
    }

    /** {@code POST …/{kind}/revisions}: the next revision (for a PK, a Perubahan) copied from the latest, dated in the year. */
    @POST
    @Path("{kind}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response revise(@PathParam("agency") String agency, @PathParam("year") int year, @PathParam("kind") DocumentKind kind,
                           Revision revision) {
        int created = editing.revise(agency, year, kind, revision.date(), revision.number(), revision.reason());
        return Response.status(Response.Status.CREATED).entity(Map.of("revision", created)).build();
    }

    /** {@code PUT …/{kind}/{revision}/lines/{order}}: a line's annual and quarterly targets. */
    @PUT
    @Path("{kind}/{revision}/lines/{order}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DocumentEditing.LineRow setLine(@PathParam("agency") String agency, @PathParam("year") int year,
                                           @PathParam("kind") DocumentKind kind, @PathParam("revision") int revision,
                                           @PathParam("order") int order, LineChange change) {
        return editing.setLine(agency, year, kind, revision, order, change.annual(), change.q1(), change.q2(), change.q3(),
                change.q4(), change.note(), change.version());
    }
}
