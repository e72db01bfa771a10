package org.akuntabel.evaluation;

import jakarta.ejb.ApplicationException;

/** An agency, year, indicator or entity that does not exist; the message says which, in Bahasa Indonesia. */
@ApplicationException(rollback = false)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
