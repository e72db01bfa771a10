package org.akuntabel.registers.importing;

/**
 * What a source cell held, as far as the file says. CSV cells are always {@link #TEXT}; spreadsheet
 * cells keep their stored type so that a number or date the spreadsheet already holds is never
 * re-read as text in some locale.
 */
public enum CellKind {
    /** Text as typed (every CSV cell, spreadsheet string cells). */
    TEXT,
    /** A spreadsheet number; the cell text is its exact value in plain notation ({@code 2615621882.99}). */
    NUMBER,
    /** A spreadsheet number formatted as a date; the cell text is the ISO date ({@code 2025-02-12}). */
    DATE,
    /** A spreadsheet boolean; the cell text is {@code TRUE} or {@code FALSE}. */
    BOOLEAN,
    /** A spreadsheet error value such as {@code #N/A}; the cell text is the error. */
    ERROR
}
