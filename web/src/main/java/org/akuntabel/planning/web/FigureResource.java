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

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanEditing.FigureRow change(@PathParam("agency") String agency, @PathParam("id") long id, FigureChange change) {
        return editing.changeFigure(agency, id, change.value(), change.provisional(), change.note(), change.version());
    }
}
