package org.akuntabel.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import org.akuntabel.evaluation.NotFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Page helpers: an unknown agency, year, indicator or entity answers 404 with the error page. */
public final class Pages {

    private Pages() {
    }

    /** Runs a page's load action; a {@link NotFoundException} becomes an HTTP 404. */
    public static void load(Runnable action) {
        try {
            action.run();
        } catch (NotFoundException e) {
            notFound(e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof NotFoundException notFound) {
                notFound(notFound.getMessage());
            } else {
                throw e;
            }
        }
    }

    private static void notFound(String message) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        try {
            external.responseSendError(404, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
