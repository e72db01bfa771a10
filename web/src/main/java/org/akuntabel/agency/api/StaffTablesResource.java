package org.akuntabel.agency.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.agency.profile.AgencyProfiles;

/**
 * {@code /api/v1/agencies/{agency}/years/{year}/staff}: the year's staff tables (by {@code UNIT}, {@code GOLONGAN},
 * {@code ESELON}, {@code PENDIDIKAN}, {@code STATUS}) with their lines, the total computed from them and the total
 * printed; {@code PUT} replaces them from the {@code version} read. A root resource of its own: JAX-RS would not
 * fall back from {@code IndicatorResource} ({@code agencies/{agency}/years/{year}}).
 */
@Path("agencies/{agency}/years/{year}/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffTablesResource {

    @Inject
    private AgencyProfiles profiles;

    @GET
    public AgencyProfiles.TablesView staff(@PathParam("agency") String agency, @PathParam("year") int year) {
        return profiles.staff(agency, year);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgencyProfiles.TablesView replace(@PathParam("agency") String agency, @PathParam("year") int year,
                                             AgencyProfiles.TablesInput input) {
        return profiles.replaceStaff(agency, year, input);
    }
}
