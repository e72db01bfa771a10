package org.akuntabel.evaluation;

/** The outcome of one criterion for one entity. */
public enum Outcome {
    /** The criterion is met (terpenuhi). */
    MET("Terpenuhi"),
    /** The criterion is not met (tidak terpenuhi). */
    NOT_MET("Tidak terpenuhi"),
    /** The register lacks a value the criterion needs (tidak ada data); never counts as met. */
    NO_DATA("Tidak ada data");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
