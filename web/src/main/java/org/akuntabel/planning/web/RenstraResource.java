package org.akuntabel.planning.web;

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
}
