package org.akuntabel.registers.importing;

import java.math.BigDecimal;
import java.util.List;

/**
 * Something about a row, a cell or the file that a person should see.
 *
 * @param row      1-based row number in the file (the header row for column issues; 0 for the file as a whole)
 * @param column   the column header as written in the file, {@code null} when the issue is not about one column
 * @param severity how much it weighs
 * @param kind     what it is about
 * @param message  the explanation, in Bahasa Indonesia
 * @param readings for {@link IssueKind#AMBIGUOUS_NUMBER}: the possible values, the one matching the column's
 *                 format first; empty otherwise. Pass the chosen one back through {@link Decisions}.
 */
public record RowIssue(int row, String column, Severity severity, IssueKind kind, String message,
                       List<BigDecimal> readings) {

    public RowIssue {
        readings = List.copyOf(readings);
    }

    static RowIssue error(int row, String column, IssueKind kind, String message) {
        return new RowIssue(row, column, Severity.ERROR, kind, message, List.of());
    }

    static RowIssue warning(int row, String column, IssueKind kind, String message) {
        return new RowIssue(row, column, Severity.WARNING, kind, message, List.of());
    }

    /** Whether this issue holds its row back until a person decides. */
    public boolean needsDecision() {
        return kind == IssueKind.AMBIGUOUS_NUMBER;
    }

    /** One line for people: {@code "Baris 34, kolom aset_2025: …"}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (row > 0) {
            text.append("Baris ").append(row);
        } else {
            text.append("Berkas");
        }
        if (column != null) {
            text.append(", kolom ").append(column);
        }
        return text.append(" (").append(kind.label()).append("): ").append(message).toString();
    }
}
