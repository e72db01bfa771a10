package org.akuntabel.agency.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import org.akuntabel.agency.AgencyEditing;
import org.akuntabel.agency.GovernmentLevel;

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

    @Inject
    private AgencyEditing editing;

    /** The body of a change. */
    public record AgencyChange(String name, GovernmentLevel level, String region, String scaleRuleSet, long version) {
    }

    /** {@code PUT}: name, level, parent region and scale rule set, from the version read (409 when stale). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgencyEditing.AgencyRecord update(@PathParam("agency") String code, AgencyChange change) {
        return editing.update(code, change.name(), change.level(), change.region(), change.scaleRuleSet(), change.version());
    }

    @GET
    public AgencyView agency(@PathParam("agency") String code) {
        return AgencyView.of(results.agency(code), results);
    }
}
