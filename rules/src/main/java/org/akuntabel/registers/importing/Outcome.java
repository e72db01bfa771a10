package org.akuntabel.registers.importing;

/** What the plan does with a record read from the file. */
public enum Outcome {
    /** A new record: no record with its natural key exists. */
    ADD("baru"),
    /** An existing record whose fields change. */
    UPDATE("berubah"),
    /** An existing record the file repeats as it is. */
    UNCHANGED("tetap"),
    /** A record that cannot be imported: its errors say why. */
    REJECTED("ditolak"),
    /** A record with a cell only a person can read; nothing is done until the choice is made. */
    NEEDS_DECISION("perlu keputusan");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** Bahasa Indonesia. */
    public String label() {
        return label;
    }
}
