package org.akuntabel.registers.importing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.akuntabel.api.ApiError;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /api/v1/agencies/{agency}/imports}: register import (issue 7).
 * <ul>
 *   <li>{@code POST {register}?dryRun=true} with the file ({@code multipart/form-data}, part {@code file}; or the raw
 *       body as {@code text/csv} or the XLSX media type, {@code fileName} as a query parameter): keeps the file and
 *       answers the preview (201); nothing is stored in the register. {@code register}: {@code koperasi},
 *       {@code perusahaan}, {@code usaha-mikro}, {@code ip-asn}, {@code statistik}. A file that cannot be imported
 *       answers 400 with its issues (the file is kept as a FAILED import).</li>
 *   <li>{@code POST {importId}/confirm} with {@code {"decisions":[{"row":33,"column":"aset_2025","value":21342.752}],
 *       "leaveUndecided":false}}: stores the accepted rows in one transaction and answers the counts; 409 when cells
 *       still wait for a decision (listed) or the import was already confirmed or superseded.</li>
 *   <li>{@code GET} the agency's imports; {@code GET {importId}} one; {@code GET {importId}/file} the file as
 *       uploaded; {@code GET {importId}/rejected.csv} the rejected rows with their reasons;
 *       {@code GET templates/{register}.csv} / {@code .xlsx} the template.</li>
 * </ul>
 */
@Path("agencies/{agency}/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The body of a confirmation. */
    public record Confirmation(List<RegisterImports.Decision> decisions, boolean leaveUndecided) {
    }

    /** The body of a 400/409 answer about an import: the message and the rows and cells concerned. */
    public record ImportError(int status, String error, Long importId, List<ImportPreview.Issue> issues) {
    }

    @Inject
    private RegisterImports imports;

    @PathParam("agency")
    private String agency;

    @GET
    public List<ImportView> list() {
        return imports.list(agency);
    }

    /** The file as a form upload ({@code multipart/form-data}, part {@code file}); the signed-in user is the uploader. */
    @POST
    @Path("{register}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadForm(@PathParam("register") String register, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                               @FormParam("file") EntityPart file) {
        ImportRegisters.bySlug(register);
        if (file == null) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Bagian 'file' (berkas CSV atau XLSX) tidak ada dalam unggahan");
        }
        try (InputStream content = file.getContent()) {
            return upload(register, dryRun, file.getFileName().orElse(null),
                    file.getMediaType() == null ? null : file.getMediaType().toString(), content);
        } catch (IOException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Berkas tidak terbaca: " + e.getMessage());
        }
    }

    /** The file as the raw body ({@code text/csv} or the XLSX media type), its name in {@code fileName}. */
    @POST
    @Path("{register}")
    @Consumes(MediaType.WILDCARD)
    public Response uploadRaw(@PathParam("register") String register, @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
                              @QueryParam("fileName") String fileName,
                              @HeaderParam("Content-Type") String contentType, InputStream body) {
        ImportRegisters.bySlug(register);
        return upload(register, dryRun, fileName, contentType, body);
    }

    private Response upload(String register, boolean dryRun, String name, String type, InputStream body) {
        if (!dryRun) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Impor selalu diawali uji coba (dryRun=true): periksa pratinjaunya, "
                    + "lalu simpan dengan POST …/imports/{importId}/confirm");
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(RegisterImports.MAX_BYTES + 1);
        } catch (IOException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Berkas tidak terbaca: " + e.getMessage());
        }
        if (bytes.length == 0) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Berkas kosong: kirim berkas CSV atau XLSX");
        }
        if (bytes.length > RegisterImports.MAX_BYTES) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Berkas terlalu besar (paling besar "
                    + RegisterImports.MAX_BYTES / (1024 * 1024) + " MB)");
        }
        RegisterImports.Result result = imports.upload(agency, register, name, type, bytes, null, null);
        if ("FAILED".equals(result.record().status())) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ImportError(400, result.preview().summary(), result.record().importId(),
                            result.preview().fileIssues())).build();
        }
        return Response.status(Response.Status.CREATED).entity(result.preview()).build();
    }

    @POST
    @Path("{importId: [0-9]+}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportPreview confirm(@PathParam("importId") long importId, Confirmation confirmation) {
        Confirmation given = confirmation == null ? new Confirmation(List.of(), false) : confirmation;
        return imports.confirm(agency, importId, given.decisions(), given.leaveUndecided(), null, null).preview();
    }

    @GET
    @Path("{importId: [0-9]+}")
    public ImportView get(@PathParam("importId") long importId) {
        return imports.get(agency, importId);
    }

    @GET
    @Path("{importId: [0-9]+}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("importId") long importId) {
        ImportView view = imports.get(agency, importId);
        return Response.ok(imports.file(agency, importId), view.mediaType() == null ? MediaType.APPLICATION_OCTET_STREAM : view.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + view.fileName().replace("\"", "") + "\"").build();
    }

    @GET
    @Path("{importId: [0-9]+}/rejected.csv")
    @Produces("text/csv")
    public Response rejected(@PathParam("importId") long importId) {
        return Response.ok(imports.rejectedCsv(agency, importId), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ditolak-impor-" + importId + ".csv\"").build();
    }

    @GET
    @Path("templates/{register}.csv")
    @Produces("text/csv")
    public Response templateCsv(@PathParam("register") String register) {
        Register chosen = ImportRegisters.bySlug(register);
        return Response.ok("\uFEFF" + ImportTemplates.csv(chosen), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"templat-impor-" + ImportRegisters.slug(chosen) + ".csv\"").build();
    }

    @GET
    @Path("templates/{register}.xlsx")
    @Produces(XLSX)
    public Response templateXlsx(@PathParam("register") String register) {
        Register chosen = ImportRegisters.bySlug(register);
        return Response.ok(ImportTemplates.xlsx(chosen), XLSX)
                .header("Content-Disposition", "attachment; filename=\"templat-impor-" + ImportRegisters.slug(chosen) + ".xlsx\"").build();
    }
}
