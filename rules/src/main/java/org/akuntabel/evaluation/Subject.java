package org.akuntabel.evaluation;

/** What a criteria rule set judges: one register entity (a cooperative, a company, ...) in one year. */
public interface Subject {

    /** The register entity's id. */
    long getSubjectId();

    /** The entity's name, for evidence and listings. */
    String getSubjectName();

    /** One canonical line of every value the rules may read, for the data digest of a run. */
    String canonicalForm();
}
