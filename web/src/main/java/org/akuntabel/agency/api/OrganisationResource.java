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
 * {@code /api/v1/agencies/{agency}/organisation}: the agency's duties, functions and units (each naming its parent)
 * for BAB I of the report; {@code PUT} replaces them from the {@code version} read (409 when stale, 422 naming the
 * field when invalid).
 */
@Path("agencies/{agency}/organisation")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    private AgencyProfiles profiles;

    @GET
    public AgencyProfiles.OrganisationView organisation(@PathParam("agency") String agency) {
        return profiles.organisation(agency);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgencyProfiles.OrganisationView replace(@PathParam("agency") String agency, AgencyProfiles.OrganisationInput input) {
        return profiles.replaceOrganisation(agency, input);
    }
}
