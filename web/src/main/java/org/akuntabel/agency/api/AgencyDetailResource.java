package org.akuntabel.agency.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.reporting.IndicatorResults;

/** {@code /api/v1/agencies/{agency}}: one agency. */
@Path("agencies/{agency}")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyDetailResource {

    @Inject
    private IndicatorResults results;

    @GET
    public AgencyView agency(@PathParam("agency") String code) {
        return AgencyView.of(results.agency(code), results);
    }
}
