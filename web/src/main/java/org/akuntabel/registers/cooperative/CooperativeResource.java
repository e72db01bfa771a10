package org.akuntabel.registers.cooperative;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/v1/agencies/{agency}/cooperatives/{id}}: one cooperative of the register, and changing one
 * year of its data ({@code PUT …/years/{year}} with {@code ratDate}, {@code businessVolume}, {@code assets},
 * {@code note} and the {@code version} read: 422 with field errors when invalid, 409 when someone else
 * changed it first).
 */
@Path("agencies/{agency}/cooperatives/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CooperativeResource {

    @Inject
    private CooperativeRegister register;

    @GET
    public CooperativeRegister.CooperativeRecord cooperative(@PathParam("agency") String agency, @PathParam("id") long id) {
        return register.cooperative(agency, id);
    }

    /** Removes the cooperative; {@code ?version=} is the version read (409 when it changed since). */
    @DELETE
    public Response delete(@PathParam("agency") String agency, @PathParam("id") long id, @QueryParam("version") long version) {
        register.delete(agency, id, version);
        return Response.noContent().build();
    }

    @PUT
    @Path("years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CooperativeRegister.CooperativeRecord updateYear(@PathParam("agency") String agency, @PathParam("id") long id,
                                                            @PathParam("year") int year, CooperativeRegister.YearEdit edit) {
        return register.updateYear(agency, id, year, edit);
    }
}
