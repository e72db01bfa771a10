package org.akuntabel.registers;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be stored, with one message per field in Bahasa Indonesia. Nothing was changed. */
@ApplicationException(rollback = true)
public class ValidationFailedException extends RuntimeException {

    /** A problem with one field. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    public ValidationFailedException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** Throws when {@code errors} is not empty. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailedException(errors);
        }
    }

    public List<FieldError> getErrors() {
        return errors;
    }
}
