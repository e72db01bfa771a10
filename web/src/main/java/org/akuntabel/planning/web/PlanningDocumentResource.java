package org.akuntabel.planning.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.QueryParam;
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

    /** The body of a new document. */
    public record NewDocument(DocumentKind kind, String title, String number, LocalDate date) {
    }

    /** The body of a new line. */
    public record NewLine(String indicator, BigDecimal annual) {
    }

    /** {@code POST …}: the year's first IKU, RKT or PK, listing the indicators of the Renstra in force with their targets. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("agency") String agency, @PathParam("year") int year, NewDocument document) {
        editing.create(agency, year, document.kind(), document.title(), document.number(), document.date());
        return Response.status(Response.Status.CREATED).entity(planning.documents(agency, year)).build();
    }

    /** {@code DELETE …/{kind}/{revision}}: only the latest revision of its kind. */
    /** {@code POST …/documents/PK/{revision}/approval}: the head of the agency (PIMPINAN) approves the Perjanjian Kinerja. */
    @POST
    @Path("{kind}/{revision}/approval")
    public Response approve(@PathParam("agency") String agency, @PathParam("year") int year, @PathParam("kind") DocumentKind kind,
                            @PathParam("revision") int revision) {
        editing.approve(agency, year, kind, revision);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{kind}/{revision}")
    public Response delete(@PathParam("agency") String agency, @PathParam("year") int year, @PathParam("kind") DocumentKind kind,
                           @PathParam("revision") int revision) {
        editing.deleteLatest(agency, year, kind, revision);
        return Response.noContent().build();
    }

    /** {@code POST …/{kind}/{revision}/lines}: an indicator line with its annual target. */
    @POST
    @Path("{kind}/{revision}/lines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addLine(@PathParam("agency") String agency, @PathParam("year") int year, @PathParam("kind") DocumentKind kind,
                            @PathParam("revision") int revision, NewLine line) {
        return Response.status(Response.Status.CREATED)
                .entity(editing.addLine(agency, year, kind, revision, line.indicator(), line.annual())).build();
    }

    /** {@code DELETE …/{kind}/{revision}/lines/{order}?version=}. */
    @DELETE
    @Path("{kind}/{revision}/lines/{order}")
    public Response removeLine(@PathParam("agency") String agency, @PathParam("year") int year, @PathParam("kind") DocumentKind kind,
                               @PathParam("revision") int revision, @PathParam("order") int order, @QueryParam("version") long version) {
        editing.removeLine(agency, year, kind, revision, order, version);
        return Response.noContent().build();
    }
}
