package org.akuntabel.planning.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

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
 * {@code /api/v1/agencies/{agency}/figures}: the statistics and entered figures, each with its source;
 * {@code PUT …/{id}} with {@code value}, {@code provisional}, {@code note} and {@code version} changes one.
 */
@Path("agencies/{agency}/figures")
@Produces(MediaType.APPLICATION_JSON)
public class FigureResource {

    /** The body of a change. */
    public record FigureChange(BigDecimal value, boolean provisional, String note, long version) {
    }

    @Inject
    private PlanEditing editing;

    @GET
    public List<PlanEditing.FigureRow> figures(@PathParam("agency") String agency) {
        return editing.figures(agency);
    }

    /** The body of a new figure. */
    public record NewFigure(String code, Integer year, String part, BigDecimal value, String unit, boolean provisional,
                            String document, String location, String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("agency") String agency, NewFigure figure, @Context UriInfo uri) {
        PlanEditing.FigureRow created = editing.addFigure(agency, figure.code(), figure.year(), figure.part(), figure.value(),
                figure.unit(), figure.provisional(), figure.document(), figure.location(), figure.note());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("agency") String agency, @PathParam("id") long id, @QueryParam("version") long version) {
        editing.deleteFigure(agency, id, version);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanEditing.FigureRow change(@PathParam("agency") String agency, @PathParam("id") long id, FigureChange change) {
        return editing.changeFigure(agency, id, change.value(), change.provisional(), change.note(), change.version());
    }
}
