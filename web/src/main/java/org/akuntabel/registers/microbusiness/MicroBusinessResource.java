package org.akuntabel.registers.microbusiness;

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

import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/microbusinesses}: the micro-business register ({@code GET}, {@code POST},
 * {@code PUT …/{id}} with the {@code version} read, {@code DELETE …/{id}?version=}) and
 * {@code …/kecamatan/{year}}: registered entities beside the reported aggregates per kecamatan.
 */
@Path("agencies/{agency}/microbusinesses")
@Produces(MediaType.APPLICATION_JSON)
public class MicroBusinessResource {

    @Inject
    private MicroBusinessRegister register;

    @GET
    public List<MicroBusinessRegister.MicroBusinessRecord> list(@PathParam("agency") String agency) {
        return register.list(agency);
    }

    @GET
    @Path("kecamatan/{year}")
    public MicroBusinessRegister.Summary summary(@PathParam("agency") String agency, @PathParam("year") int year) {
        return register.summary(agency, year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("agency") String agency, MicroBusinessRegister.MicroBusinessInput input, @Context UriInfo uri) {
        MicroBusinessRegister.MicroBusinessRecord created = register.create(agency, input);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MicroBusinessRegister.MicroBusinessRecord update(@PathParam("agency") String agency, @PathParam("id") long id,
                                                            MicroBusinessRegister.MicroBusinessInput input) {
        return register.update(agency, id, input);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("agency") String agency, @PathParam("id") long id, @QueryParam("version") long version) {
        register.delete(agency, id, version);
        return Response.noContent().build();
    }
}
