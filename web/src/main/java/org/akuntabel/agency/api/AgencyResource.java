package org.akuntabel.agency.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.reporting.IndicatorResults;

import java.util.List;

/**
 * {@code /api/v1/agencies}: the agencies of this installation. One agency is served by
 * {@link AgencyDetailResource}: JAX-RS picks one root resource per request and does not fall back to
 * another, so every path under {@code agencies/{agency}} has a root resource of its own.
 */
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    @Inject
    private IndicatorResults results;

    @GET
    public List<AgencyView> agencies() {
        return results.agencies().stream().map(agency -> AgencyView.of(agency, results)).toList();
    }
}
