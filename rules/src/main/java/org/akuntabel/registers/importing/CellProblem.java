package org.akuntabel.registers.importing;

/** A cell that cannot be read or is not allowed; the message (Bahasa Indonesia) becomes an error of its row. */
final class CellProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final IssueKind kind;

    CellProblem(String message) {
        this(IssueKind.INVALID_VALUE, message);
    }

    CellProblem(IssueKind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    IssueKind kind() {
        return kind;
    }
}
