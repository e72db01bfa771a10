package org.akuntabel.planning.budget;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;

/** {@code /api/v1/agencies/{agency}/years/{year}/budget}: pagu, realisation and absorption per sasaran, programme and activity. */
@Path("agencies/{agency}/years/{year}/budget")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Inject
    private BudgetService budgets;

    /** The body of an activity change; {@code name} is optional (unchanged when absent). */
    public record ActivityChange(String name, BigDecimal pagu, BigDecimal realisation, String note, long version) {
    }

    /** The body of a new programme or a programme change ({@code version} only for a change). */
    public record ProgrammeInput(Integer number, String name, Integer sasaranNumber, Long version) {
    }

    /** The body of a new activity or sub-activity, or a sub-activity change ({@code version} only for a change). */
    public record LineInput(String name, BigDecimal pagu, BigDecimal realisation, Long version) {
    }

    @GET
    public BudgetView budget(@PathParam("agency") String agency, @PathParam("year") int year) {
        return budgets.budget(agency, year);
    }

    /** {@code PUT …/activities/{id}}: an activity's pagu and realisation (422 when invalid, 409 when stale). */
    @PUT
    @Path("activities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BudgetView.ActivityBudget changeActivity(@PathParam("agency") String agency, @PathParam("id") long id,
                                                    ActivityChange change) {
        return budgets.changeActivity(agency, id, change.name(), change.pagu(), change.realisation(), change.note(), change.version());
    }

    /** {@code DELETE …/activities/{id}?version=}: a kegiatan with its sub-kegiatan. */
    @DELETE
    @Path("activities/{id}")
    public Response deleteActivity(@PathParam("agency") String agency, @PathParam("id") long id, @QueryParam("version") long version) {
        budgets.deleteActivity(agency, id, version);
        return Response.noContent().build();
    }

    /** {@code POST …/programmes}: a new programme serving a sasaran of the Renstra covering the year. */
    @POST
    @Path("programmes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addProgramme(@PathParam("agency") String agency, @PathParam("year") int year, ProgrammeInput input,
                                 @Context UriInfo uri) {
        BudgetView.ProgrammeBudget created = budgets.addProgramme(agency, year, input.number(), input.name(), input.sasaranNumber());
        return Response.created(uri.getAbsolutePathBuilder().path(Integer.toString(created.number())).build()).entity(created).build();
    }

    @PUT
    @Path("programmes/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BudgetView.ProgrammeBudget changeProgramme(@PathParam("agency") String agency, @PathParam("year") int year,
                                                      @PathParam("number") int number, ProgrammeInput input) {
        return budgets.changeProgramme(agency, year, number, input.name(), input.sasaranNumber(), input.version());
    }

    /** {@code DELETE …/programmes/{number}?version=}: only a programme without kegiatan (422 otherwise). */
    @DELETE
    @Path("programmes/{number}")
    public Response deleteProgramme(@PathParam("agency") String agency, @PathParam("year") int year,
                                    @PathParam("number") int number, @QueryParam("version") long version) {
        budgets.deleteProgramme(agency, year, number, version);
        return Response.noContent().build();
    }

    @POST
    @Path("programmes/{number}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addActivity(@PathParam("agency") String agency, @PathParam("year") int year, @PathParam("number") int number,
                                LineInput input, @Context UriInfo uri) {
        BudgetView.ActivityBudget created = budgets.addActivity(agency, year, number, input.name(), input.pagu(), input.realisation());
        return Response.created(uri.getBaseUriBuilder().path("agencies").path(agency).path("years").path(Integer.toString(year))
                .path("budget/activities").path(Long.toString(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("activities/{id}/subactivities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSubActivity(@PathParam("agency") String agency, @PathParam("year") int year, @PathParam("id") long id,
                                   LineInput input, @Context UriInfo uri) {
        BudgetView.SubActivityBudget created = budgets.addSubActivity(agency, id, input.name(), input.pagu(), input.realisation());
        return Response.created(uri.getBaseUriBuilder().path("agencies").path(agency).path("years").path(Integer.toString(year))
                .path("budget/subactivities").path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("subactivities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BudgetView.SubActivityBudget changeSubActivity(@PathParam("agency") String agency, @PathParam("id") long id,
                                                          LineInput input) {
        return budgets.changeSubActivity(agency, id, input.name(), input.pagu(), input.realisation(), input.version());
    }

    @DELETE
    @Path("subactivities/{id}")
    public Response deleteSubActivity(@PathParam("agency") String agency, @PathParam("id") long id,
                                      @QueryParam("version") long version) {
        budgets.deleteSubActivity(agency, id, version);
        return Response.noContent().build();
    }
}
