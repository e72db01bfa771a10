package org.akuntabel.registers.staff;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/v1/agencies/{agency}/staff-scores/{year}}: IP ASN scores per person with the dimension averages
 * beside the reported unit averages; {@code POST} adds one, {@code PUT …/{id}} changes one from the {@code version}
 * read, {@code DELETE …/{id}?version=} removes one.
 */
@Path("agencies/{agency}/staff-scores/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class StaffScoreResource {

    @Inject
    private StaffScoreRegister register;

    @GET
    public StaffScoreRegister.YearScores year(@PathParam("agency") String agency, @PathParam("year") int year) {
        return register.year(agency, year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("agency") String agency, @PathParam("year") int year, StaffScoreRegister.ScoreInput input,
                           @Context UriInfo uri) {
        StaffScoreRegister.ScoreRecord created = register.create(agency, year, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public StaffScoreRegister.ScoreRecord update(@PathParam("agency") String agency, @PathParam("id") long id,
                                                 StaffScoreRegister.ScoreInput input) {
        return register.update(agency, id, input);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("agency") String agency, @PathParam("id") long id, @QueryParam("version") long version) {
        register.delete(agency, id, version);
        return Response.noContent().build();
    }
}
