package org.akuntabel.registers.importing;

/** How much an issue weighs. */
public enum Severity {
    /** The row (or, at file level, the whole file) cannot be imported as it is. */
    ERROR("galat"),
    /**
     * The row can be imported but someone should look: a number written in another format than its column,
     * an unknown column; or, for {@link IssueKind#AMBIGUOUS_NUMBER}, a cell only a person can read
     * ("perlu keputusan"): its row waits until the choice is made.
     */
    WARNING("peringatan"),
    /** For the record: how a cell was read on a person's decision. */
    INFO("catatan");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** Bahasa Indonesia. */
    public String label() {
        return label;
    }
}
