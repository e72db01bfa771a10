package org.akuntabel.evaluation.batch;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;

/**
 * {@code /api/v1/batch-evaluations}: national-scale evaluation of a register (issue 8).
 * <ul>
 *   <li>{@code POST} {@code {"register":"usaha-mikro","year":2025,"scope":"sintetis"}}: plans the run and starts its
 *       Jakarta Batch job; 202 with the run and its {@code Location}; 409 while a run of the same register, year and
 *       scope is running; 422 for an unknown register, a year out of range or an empty scope.</li>
 *   <li>{@code GET {id}}: the run with its progress ({@code done}/{@code total}, {@code ratePerSecond},
 *       {@code etaSeconds}), partitions and the results stored; {@code GET} the runs (filters {@code register},
 *       {@code year}, {@code scope}); {@code GET current?register=&year=&scope=}: the latest completed run — what
 *       readers see while a new one runs.</li>
 *   <li>{@code GET {id}/entities/{entityId}}: one entity's findings in the run; {@code GET {id}/agencies}: the
 *       totals per agency.</li>
 * </ul>
 */
@Path("batch-evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class BatchEvaluationResource {

    /** The body of a start. */
    public record StartRequest(String register, Integer year, String scope) {
    }

    @Inject
    private BatchRuns runs;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartRequest request) {
        StartRequest given = request == null ? new StartRequest(null, null, null) : request;
        BatchRunView run = runs.start(given.register(), given.year(), given.scope());
        return Response.accepted(run).location(uri.getAbsolutePathBuilder().path(Long.toString(run.id())).build()).build();
    }

    @GET
    public List<BatchRunView> list(@QueryParam("register") String register, @QueryParam("year") Integer year,
                                   @QueryParam("scope") String scope) {
        return runs.list(register, year, scope);
    }

    @GET
    @Path("current")
    public BatchRunView current(@QueryParam("register") String register, @QueryParam("year") int year,
                                @QueryParam("scope") String scope) {
        return runs.current(register, year, scope == null ? BatchRuns.SYNTHETIC : scope);
    }

    @GET
    @Path("{id: [0-9]+}")
    public BatchRunView view(@PathParam("id") long id) {
        return runs.view(id);
    }

    @GET
    @Path("{id: [0-9]+}/agencies")
    public List<AgencyCount> agencies(@PathParam("id") long id) {
        return runs.agencies(id);
    }

    @GET
    @Path("{id: [0-9]+}/entities/{entityId: [0-9]+}")
    public EntityTrace entity(@PathParam("id") long id, @PathParam("entityId") long entityId) {
        return runs.entity(id, entityId);
    }
}
