package org.akuntabel.registers.cooperative;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/cooperatives}: the cooperative register; {@code POST} with {@code name},
 * {@code registrationNumber}, {@code status} ({@code AKTIF}/{@code TIDAK_AKTIF}), {@code year} and {@code note}
 * adds one (201, or 422 with field errors, e.g. a name already registered).
 */
@Path("agencies/{agency}/cooperatives")
@Produces(MediaType.APPLICATION_JSON)
public class CooperativesResource {

    /** The body of a new cooperative. */
    public record NewCooperative(String name, String registrationNumber, CooperativeStatus status, int year, String note) {
    }

    @Inject
    private CooperativeRegister register;

    @GET
    public List<CooperativeRegister.CooperativeRecord> cooperatives(@PathParam("agency") String agency) {
        return register.list(agency);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("agency") String agency, NewCooperative cooperative, @Context UriInfo uri) {
        CooperativeRegister.CooperativeRecord created = register.create(agency, cooperative.name(), cooperative.registrationNumber(),
                cooperative.status(), cooperative.year(), cooperative.note());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }
}
