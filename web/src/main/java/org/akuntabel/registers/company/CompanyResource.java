package org.akuntabel.registers.company;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/companies}: the company register; {@code PUT …/{id}} with the work-governance
 * elements, {@code note} and the {@code version} read changes one (422 with field errors, 409 when stale);
 * {@code POST} adds one ({@code name}, {@code sector} and the elements), {@code DELETE …/{id}?version=} removes one.
 */
@Path("agencies/{agency}/companies")
@Produces(MediaType.APPLICATION_JSON)
public class CompanyResource {

    @Inject
    private CompanyRegister register;

    @GET
    public List<CompanyRegister.CompanyRecord> companies(@PathParam("agency") String agency) {
        return register.list(agency);
    }

    /** The body of a new company: name, sector and the elements (empty: not recorded). */
    public record NewCompany(String name, String sector, Integer workers, Boolean ppPkb, String ppPkbNumber, Boolean lksBipartit,
                             String lksBipartitDecree, Boolean wageStructure, Integer bpjsParticipants, String note) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("agency") String agency, NewCompany company, @Context UriInfo uri) {
        CompanyRegister.CompanyRecord created = register.create(agency, company.name(), company.sector(),
                new CompanyRegister.CompanyEdit(company.workers(), company.ppPkb(), company.ppPkbNumber(), company.lksBipartit(),
                        company.lksBipartitDecree(), company.wageStructure(), company.bpjsParticipants(), company.note(), 0));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("agency") String agency, @PathParam("id") long id, @QueryParam("version") long version) {
        register.delete(agency, id, version);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyRegister.CompanyRecord update(@PathParam("agency") String agency, @PathParam("id") long id,
                                                CompanyRegister.CompanyEdit edit) {
        return register.update(agency, id, edit);
    }
}
