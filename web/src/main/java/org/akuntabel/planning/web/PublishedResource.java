package org.akuntabel.planning.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.akuntabel.planning.PlanEditing;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/indicators/{code}/published}: what the agency's own documents print for an
 * indicator, by year; {@code PUT …/{year}} with {@code realisation}, {@code achievement}, {@code label},
 * {@code document}, {@code location}, {@code note} and the {@code version} read (none for a new record) — 422 when
 * invalid or without a source, 409 on a stale version.
 */
@Path("agencies/{agency}/indicators/{code}/published")
@Produces(MediaType.APPLICATION_JSON)
public class PublishedResource {

    /** The body of a change. */
    public record PublishedChange(BigDecimal realisation, BigDecimal achievement, String label, String document, String location,
                                  String note, Long version) {
    }

    @Inject
    private PlanEditing editing;

    @GET
    public List<PlanEditing.PublishedRow> published(@PathParam("agency") String agency, @PathParam("code") String code) {
        return editing.published(agency, code);
    }

    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanEditing.PublishedRow set(@PathParam("agency") String agency, @PathParam("code") String code,
                                        @PathParam("year") int year, PublishedChange change) {
        return editing.setPublished(agency, code, year, change.realisation(), change.achievement(), change.label(),
                change.document(), change.location(), change.note(), change.version());
    }
}
