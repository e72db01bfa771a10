package org.akuntabel.reporting.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
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
import org.akuntabel.reporting.report.Narratives;
import org.akuntabel.reporting.report.ReportPublications;
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

    @Inject
    private ReportPublications reports;

    @Inject
    private Narratives narratives;

    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** {@code GET …/report.pdf}: the report as a draft, generated from the data and rules as they are now. */
    @GET
    @Path("report.pdf")
    @Produces(PDF)
    public Response reportPdf() {
        ReportPublications.Rendered pdf = reports.draftPdf(agency, year);
        return file(pdf.bytes(), PDF, "LKjIP-" + agency + "-" + year + "-draf.pdf").header("X-Report-Digest", pdf.digest()).build();
    }

    /** {@code GET …/report.docx}: the same report, editable in Word and LibreOffice. */
    @GET
    @Path("report.docx")
    @Produces(DOCX)
    public Response reportDocx() {
        ReportPublications.Rendered docx = reports.draftDocx(agency, year);
        return file(docx.bytes(), DOCX, "LKjIP-" + agency + "-" + year + "-draf.docx").header("X-Report-Digest", docx.digest()).build();
    }

    /** {@code GET …/report/versions}: the published versions. */
    @GET
    @Path("report/versions")
    public List<ReportPublications.VersionView> reportVersions() {
        return reports.versions(agency, year);
    }

    /** The body of a publication: the reason (required for a correction) and who publishes. */
    public record Publication(String reason, String author) {
    }

    /** {@code POST …/report/versions} ("Terbitkan"): freezes the report as the next version; {@code 201} with its digest. */
    @POST
    @Path("report/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(Publication publication) {
        return Response.status(Response.Status.CREATED)
                .entity(reports.publish(agency, year, publication == null ? null : publication.reason(),
                        publication == null ? null : publication.author())).build();
    }

    @GET
    @Path("report/versions/{version}.pdf")
    @Produces(PDF)
    public Response publishedPdf(@PathParam("version") int version) {
        return file(reports.file(agency, year, version, "pdf"), PDF, "LKjIP-" + agency + "-" + year + "-v" + version + ".pdf").build();
    }

    @GET
    @Path("report/versions/{version}.docx")
    @Produces(DOCX)
    public Response publishedDocx(@PathParam("version") int version) {
        return file(reports.file(agency, year, version, "docx"), DOCX, "LKjIP-" + agency + "-" + year + "-v" + version + ".docx").build();
    }

    @GET
    @Path("report/narratives")
    public List<Narratives.NarrativeView> narratives() {
        return narratives.list(agency, year);
    }

    /** The body of a narrative: safe markup (p, strong, em, ul, ol, li, br), who writes, and the version read. */
    public record NarrativeText(String markup, String author, Long version) {
    }

    /** {@code PUT …/report/narratives/{section}}: a chapter's or an indicator part's text (409 when stale). */
    @PUT
    @Path("report/narratives/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Narratives.NarrativeView saveNarrative(@PathParam("section") String section, NarrativeText text) {
        return narratives.save(agency, year, section, text.markup(), text.author(), text.version());
    }

    private static Response.ResponseBuilder file(byte[] bytes, String type, String name) {
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

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
