package org.akuntabel.api;

import jakarta.ejb.EJBException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.akuntabel.access.AccessDeniedException;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.RuleSetException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;
import jakarta.ws.rs.core.MediaType;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Maps every exception to a JSON {@link ApiError}; internal details go to the log, not to the client. */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        Throwable cause = unwrap(exception);
        if (cause instanceof AccessDeniedException denied) {
            return ApiError.response(Response.Status.FORBIDDEN, denied.getMessage());
        }
        if (cause instanceof NotFoundException notFound) {
            return ApiError.response(Response.Status.NOT_FOUND, notFound.getMessage());
        }
        if (cause instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            String message = status.getStatusCode() == 404 ? "Alamat tidak ditemukan" : status.getReasonPhrase();
            return ApiError.response(status, message);
        }
        if (cause instanceof ValidationFailedException invalid) {
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new ValidationErrors(422, "Data tidak disimpan: periksa isian", invalid.getErrors())).build();
        }
        if (cause instanceof org.akuntabel.registers.importing.ImportRefusedException refused) {
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new org.akuntabel.registers.importing.ImportResource.ImportError(409, refused.getMessage(), null,
                            refused.getIssues())).build();
        }
        if (cause instanceof org.akuntabel.evaluation.batch.RunInProgressException running) {
            return ApiError.response(Response.Status.CONFLICT, running.getMessage());
        }
        if (cause instanceof ConcurrentEditException conflict) {
            return ApiError.response(Response.Status.CONFLICT, conflict.getMessage());
        }
        if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.ws.rs.ProcessingException) {
            return ApiError.response(Response.Status.BAD_REQUEST, "Isi permintaan bukan JSON yang sah: " + cause.getMessage());
        }
        if (cause instanceof RuleSetException rules) {
            LOG.log(Level.WARNING, "Rule set error", rules);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, rules.getMessage());
        }
        LOG.log(Level.SEVERE, "Unexpected error in REST call", exception);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR,
                "Terjadi kesalahan internal; rinciannya tercatat di log server");
    }

    /** The body of a 422 answer: which fields are wrong and why. */
    public record ValidationErrors(int status, String error, java.util.List<ValidationFailedException.FieldError> errors) {
    }

    private static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while (current instanceof EJBException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
