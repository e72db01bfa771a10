package org.akuntabel.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import org.akuntabel.access.AccessDeniedException;
import org.akuntabel.evaluation.NotFoundException;

import java.util.Iterator;

/**
 * A refusal ({@link AccessDeniedException}) or a missing record ({@link NotFoundException}) that reaches JSF from
 * anywhere in a page — not only its load action — answers 403 or 404 with the error page, never a stack trace.
 */
public class RefusalHandler extends ExceptionHandlerWrapper {

    public RefusalHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable cause = events.next().getContext().getException();
            while (cause != null && !(cause instanceof AccessDeniedException) && !(cause instanceof NotFoundException)) {
                cause = cause.getCause();
            }
            if (cause != null && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                Pages.sendError(cause instanceof AccessDeniedException ? 403 : 404, cause.getMessage());
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusalHandler(getWrapped().getExceptionHandler());
        }
    }
}
