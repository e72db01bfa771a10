package org.akuntabel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.akuntabel.access.AccessDeniedException;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.registers.ConcurrentEditException;
import org.akuntabel.registers.ValidationFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Page helpers: an unknown agency, year, indicator or entity answers 404 with the error page. */
public final class Pages {

    private Pages() {
    }

    /**
     * Runs a page's load action; a {@link NotFoundException} becomes an HTTP 404, an {@link AccessDeniedException}
     * an HTTP 403, both with the error page.
     */
    public static void load(Runnable action) {
        try {
            action.run();
        } catch (NotFoundException e) {
            notFound(e.getMessage());
        } catch (AccessDeniedException e) {
            sendError(403, e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof NotFoundException notFound) {
                notFound(notFound.getMessage());
            } else if (e.getCause() instanceof AccessDeniedException denied) {
                sendError(403, denied.getMessage());
            } else {
                throw e;
            }
        }
    }

    /** A localised message of the "msg" bundle. */
    public static String message(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg").getString(key);
    }

    /**
     * Runs a change from a page: on success adds the message {@code doneKey} of the "msg" bundle; a refused
     * change (invalid input, a stale version, a missing record) shows its messages in Bahasa Indonesia, marks the
     * request as failed validation (so dialogs stay open) and stores nothing.
     *
     * @return whether the change was stored
     */
    public static boolean attempt(Runnable action, String doneKey) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            action.run();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    context.getApplication().getResourceBundle(context, "msg").getString(doneKey), null));
            return true;
        } catch (ValidationFailedException invalid) {
            invalid.getErrors().forEach(e -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.message(), null)));
        } catch (ConcurrentEditException | NotFoundException | AccessDeniedException
                 | org.akuntabel.evaluation.batch.RunInProgressException refused) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
        context.validationFailed();
        return false;
    }

    /** Redirects to {@code page} with the agency and year (post-redirect-get), keeping the messages. */
    public static void reload(String page, String agency, int year) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + "/" + page + "?agency="
                    + java.net.URLEncoder.encode(agency, java.nio.charset.StandardCharsets.UTF_8) + "&year=" + year);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void notFound(String message) {
        sendError(404, message);
    }

    static void sendError(int status, String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
