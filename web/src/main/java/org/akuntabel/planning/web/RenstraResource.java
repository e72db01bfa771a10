package org.akuntabel.planning.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.akuntabel.planning.IndicatorEditing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.akuntabel.planning.RenstraEditing;
import org.akuntabel.planning.PlanningService;
import org.akuntabel.planning.PlanningViews;

import java.util.List;

/** {@code /api/v1/agencies/{agency}/renstra}: the Renstra periods as the cascade tujuan → sasaran → indicators → programmes. */
@Path("agencies/{agency}/renstra")
@Produces(MediaType.APPLICATION_JSON)
public class RenstraResource {

    /** The body of a change to the Renstra text. */
    public record RenstraChange(String title, String vision, String missions, long version) {
    }

    /** The body of a change to a tujuan. */
    public record TujuanChange(String name, long version) {
    }

    /** The body of a change to a sasaran. */
    public record SasaranChange(String name, String strategy, String policy, long version) {
    }

    @Inject
    private PlanningService planning;

    @Inject
    private RenstraEditing editing;

    @GET
    public List<PlanningViews.RenstraView> renstra(@PathParam("agency") String agency) {
        return planning.renstra(agency);
    }

    /** {@code PUT …/{startYear}}: title, vision and missions (one per line). */
    @PUT
    @Path("{startYear}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RenstraEditing.RenstraText describe(@PathParam("agency") String agency, @PathParam("startYear") int startYear,
                                               RenstraChange change) {
        return editing.describe(agency, startYear, change.title(), change.vision(), change.missions(), change.version());
    }

    /** {@code PUT …/{startYear}/tujuan/{number}}: a tujuan's name. */
    @PUT
    @Path("{startYear}/tujuan/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response renameTujuan(@PathParam("agency") String agency, @PathParam("startYear") int startYear,
                                 @PathParam("number") int number, TujuanChange change) {
        editing.renameTujuan(agency, startYear, number, change.name(), change.version());
        return Response.noContent().build();
    }

    /** {@code PUT …/{startYear}/sasaran/{number}}: a sasaran's name, strategy and policy (one per line). */
    @PUT
    @Path("{startYear}/sasaran/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response describeSasaran(@PathParam("agency") String agency, @PathParam("startYear") int startYear,
                                    @PathParam("number") int number, SasaranChange change) {
        editing.describeSasaran(agency, startYear, number, change.name(), change.strategy(), change.policy(), change.version());
        return Response.noContent().build();
    }

    @Inject
    private IndicatorEditing structure;

    /** The body of a new tujuan or sasaran. */
    public record NewPart(String name) {
    }

    /** {@code POST …/{startYear}/tujuan}: a new tujuan with the next number. */
    @POST
    @Path("{startYear}/tujuan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTujuan(@PathParam("agency") String agency, @PathParam("startYear") int startYear, NewPart part) {
        structure.addTujuan(agency, startYear, part.name());
        return Response.status(Response.Status.CREATED).build();
    }

    /** {@code DELETE …/{startYear}/tujuan/{number}?version=}: only a tujuan without sasaran. */
    @DELETE
    @Path("{startYear}/tujuan/{number}")
    public Response deleteTujuan(@PathParam("agency") String agency, @PathParam("startYear") int startYear,
                                 @PathParam("number") int number, @QueryParam("version") long version) {
        structure.deleteTujuan(agency, startYear, number, version);
        return Response.noContent().build();
    }

    /** {@code POST …/{startYear}/tujuan/{number}/sasaran}: a new sasaran under the tujuan. */
    @POST
    @Path("{startYear}/tujuan/{number}/sasaran")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSasaran(@PathParam("agency") String agency, @PathParam("startYear") int startYear,
                               @PathParam("number") int number, NewPart part) {
        structure.addSasaran(agency, startYear, number, part.name());
        return Response.status(Response.Status.CREATED).build();
    }

    /** {@code DELETE …/{startYear}/sasaran/{number}?version=}: only a sasaran no indicator or programme relies on. */
    @DELETE
    @Path("{startYear}/sasaran/{number}")
    public Response deleteSasaran(@PathParam("agency") String agency, @PathParam("startYear") int startYear,
                                  @PathParam("number") int number, @QueryParam("version") long version) {
        structure.deleteSasaran(agency, startYear, number, version);
        return Response.noContent().build();
    }

    /** {@code GET …/{startYear}/indicators}: the Renstra's indicator definitions. */
    @GET
    @Path("{startYear}/indicators")
    public List<IndicatorEditing.DefinedIndicator> indicators(@PathParam("agency") String agency, @PathParam("startYear") int startYear) {
        return structure.indicators(agency, startYear);
    }

    /** {@code POST …/{startYear}/indicators}: a new indicator (code, name, unit, polarity, formula, …, sasaranNumber). */
    @POST
    @Path("{startYear}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createIndicator(@PathParam("agency") String agency, @PathParam("startYear") int startYear,
                                    IndicatorEditing.Definition definition, @Context UriInfo uri) {
        IndicatorEditing.DefinedIndicator created = structure.create(agency, startYear, definition);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{startYear}/indicators/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public IndicatorEditing.DefinedIndicator updateIndicator(@PathParam("agency") String agency, @PathParam("code") String code,
                                                             IndicatorEditing.Definition definition) {
        return structure.update(agency, code, definition);
    }

    /** {@code DELETE …/{startYear}/indicators/{code}?version=}: refused once the indicator has history. */
    @DELETE
    @Path("{startYear}/indicators/{code}")
    public Response deleteIndicator(@PathParam("agency") String agency, @PathParam("code") String code,
                                    @QueryParam("version") long version) {
        structure.delete(agency, code, version);
        return Response.noContent().build();
    }
}
