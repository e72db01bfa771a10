package org.akuntabel.planning.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

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
 * {@code /api/v1/agencies/{agency}/indicators/{code}/targets}: an indicator's yearly targets;
 * {@code PUT …/{year}} with {@code value}, {@code note} and the {@code version} read (none for a new target)
 * sets one — 422 outside the Renstra period or when invalid, 409 on a stale version.
 */
@Path("agencies/{agency}/indicators/{code}/targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {

    /** The body of a change. */
    public record TargetChange(BigDecimal value, String note, Long version) {
    }

    @Inject
    private PlanEditing editing;

    @GET
    public List<PlanEditing.TargetRow> targets(@PathParam("agency") String agency, @PathParam("code") String code) {
        return editing.targets(agency, code);
    }

    /** {@code DELETE …/{year}?version=}: removes the target of a year. */
    @DELETE
    @Path("{year}")
    public Response delete(@PathParam("agency") String agency, @PathParam("code") String code, @PathParam("year") int year,
                           @QueryParam("version") long version) {
        editing.deleteTarget(agency, code, year, version);
        return Response.noContent().build();
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanEditing.TargetRow set(@PathParam("agency") String agency, @PathParam("code") String code,
                                     @PathParam("year") int year, TargetChange change) {
        return editing.setTarget(agency, code, year, change.value(), change.note(), change.version());
    }
}
