package org.akuntabel.registers.importing;

/**
 * The file cannot be read at all (not a CSV or XLSX file, damaged, no sheet). The message is in
 * Bahasa Indonesia and can be shown to the user as it is.
 */
public class UnreadableSourceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableSourceException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableSourceException(String message) {
        super(message);
    }
}
