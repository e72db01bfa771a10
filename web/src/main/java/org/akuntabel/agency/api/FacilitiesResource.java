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
 * {@code /api/v1/agencies/{agency}/years/{year}/facilities}: the year's facilities table (Sarana dan Prasarana, kind
 * {@code SARANA}); {@code PUT} replaces it from the {@code version} read.
 */
@Path("agencies/{agency}/years/{year}/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilitiesResource {

    @Inject
    private AgencyProfiles profiles;

    @GET
    public AgencyProfiles.TablesView facilities(@PathParam("agency") String agency, @PathParam("year") int year) {
        return profiles.facilities(agency, year);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgencyProfiles.TablesView replace(@PathParam("agency") String agency, @PathParam("year") int year,
                                             AgencyProfiles.TablesInput input) {
        return profiles.replaceFacilities(agency, year, input);
    }
}
