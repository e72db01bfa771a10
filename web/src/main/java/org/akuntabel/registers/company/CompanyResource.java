package org.akuntabel.registers.company;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/companies}: the company register; {@code PUT …/{id}} with the work-governance
 * elements, {@code note} and the {@code version} read changes one (422 with field errors, 409 when stale).
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

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CompanyRegister.CompanyRecord update(@PathParam("agency") String agency, @PathParam("id") long id,
                                                CompanyRegister.CompanyEdit edit) {
        return register.update(agency, id, edit);
    }
}
