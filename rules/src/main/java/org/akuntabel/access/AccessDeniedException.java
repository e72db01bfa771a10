package org.akuntabel.access;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this here: a role the action needs is missing, or the agency is outside the caller's scope.
 * Answered as 403 over REST and with the error page in JSF; the message names neither the data nor whether it exists.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
