package org.akuntabel.registers.importing;

/** Where an import record stands. */
public enum ImportStatus {
    /** Uploaded and planned (dry run); nothing stored in the register yet. */
    PLANNED,
    /** Confirmed: the accepted rows are stored. */
    CONFIRMED,
    /** A later upload of the same register replaced this dry run before it was confirmed. */
    SUPERSEDED,
    /** The file could not be imported (unreadable, missing columns) or storing it failed; nothing stored. */
    FAILED
}
