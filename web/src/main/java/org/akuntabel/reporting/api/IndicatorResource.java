package org.akuntabel.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.reporting.EntityListing;
import org.akuntabel.reporting.EntityResult;
import org.akuntabel.reporting.IndicatorResult;
import org.akuntabel.reporting.IndicatorResults;

import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/years/{year}/…}: an agency's indicators for a year, the entities
 * behind each, and one entity's findings.
 */
@Path("agencies/{agency}/years/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    @Inject
    private IndicatorResults results;

    @Inject
    private EvaluationService evaluations;

    @PathParam("agency")
    private String agency;

    @PathParam("year")
    private int year;

    @GET
    @Path("indicators")
    public List<IndicatorResult> indicators() {
        return results.indicators(agency, year);
    }

    @GET
    @Path("indicators/{indicator}")
    public IndicatorResult indicator(@PathParam("indicator") String indicator) {
        return results.indicator(agency, year, indicator);
    }

    @GET
    @Path("indicators/{indicator}/entities")
    public EntityListing entities(@PathParam("indicator") String indicator) {
        return results.entities(agency, year, indicator);
    }

    @GET
    @Path("indicators/{indicator}/entities/{id}")
    public EntityResult entity(@PathParam("indicator") String indicator, @PathParam("id") long id) {
        return results.entity(agency, year, indicator, id);
    }

    /** "Hitung ulang": evaluates every register-based indicator of the year anew; answers the new results. */
    @POST
    @Path("evaluations")
    public List<IndicatorResult> reevaluate() {
        evaluations.evaluateAll(agency, year);
        return results.indicators(agency, year);
    }
}
