package org.akuntabel.reporting.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.Recomputation;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.evaluation.EvaluationGate;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.reporting.ConsistencyChecks;
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

    @Inject
    private EvaluationGate gate;

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

    @Inject
    private Recomputation recomputation;

    @Inject
    private ConsistencyChecks consistency;

    /** "Pemeriksaan konsistensi": where the published record contradicts itself, its data or the computation. */
    @GET
    @Path("checks")
    public List<ConsistencyChecks.Check> checks() {
        return consistency.checks(agency, year);
    }

    /**
     * "Hitung ulang": evaluates every evaluable indicator of the year anew and answers the new results; with
     * {@code ?background=true} answers {@code 202} with the job's progress at once (see {@code evaluations/progress}).
     */
    @POST
    @Path("evaluations")
    public Response reevaluate(@QueryParam("background") boolean background) {
        if (background) {
            return Response.accepted(recomputation.start(agency, year)).build();
        }
        gate.evaluateAll(agency, year);
        return Response.ok(results.indicators(agency, year)).build();
    }

    /** The progress of the latest background "Hitung ulang" of the year: total, done, current indicator, finished, error. */
    @GET
    @Path("evaluations/progress")
    public Recomputation.Progress progress() {
        return recomputation.progress(agency, year)
                .orElseThrow(() -> new NotFoundException("Belum ada hitung ulang di latar belakang untuk tahun " + year));
    }
}
