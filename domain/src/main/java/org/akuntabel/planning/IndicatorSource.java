package org.akuntabel.planning;

/** Where an indicator's realisation comes from. */
public enum IndicatorSource {
    /** Computed by rules over register entities (each entity traceable to its findings). */
    COMPUTED,
    /** Derived by arithmetic over entered statistics or component scores. */
    DERIVED,
    /** An aggregate typed in from a document, with its provenance. */
    ENTERED
}
