package org.akuntabel.agency.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.akuntabel.agency.AgencyEditing;
import org.akuntabel.agency.GovernmentLevel;

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

    @Inject
    private AgencyEditing editing;

    /** The body of a new agency. */
    public record NewAgency(String code, String name, GovernmentLevel level, String region, String scaleRuleSet) {
    }

    /** {@code POST}: a new agency (code, name, level, region, scaleRuleSet); 422 when invalid or the code is taken. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAgency agency, @Context UriInfo uri) {
        AgencyEditing.AgencyRecord created = editing.create(agency.code(), agency.name(), agency.level(), agency.region(),
                agency.scaleRuleSet());
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    public List<AgencyView> agencies() {
        return results.agencies().stream().map(agency -> AgencyView.of(agency, results)).toList();
    }
}
