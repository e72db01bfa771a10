package org.akuntabel.evaluation;

import java.util.OptionalInt;

/** What a criteria rule set judges: one register entity (a cooperative, a company, ...) in one year. */
public interface Subject {

    /** The register entity's id. */
    long getSubjectId();

    /** The entity's name, for evidence and listings. */
    String getSubjectName();

    /** One canonical line of every value the rules may read, for the data digest of a run. */
    String canonicalForm();

    /**
     * The reporting year these facts were built for, when known. The engine takes the parameter values
     * in force that year ({@link CompiledRuleSet#judge(java.util.Collection)}). Deliberately not a bean
     * getter, so it is not a property rules can read; facts that carry a year expose it as
     * {@code reportingYear} for the rules themselves.
     */
    default OptionalInt evaluationYear() {
        return OptionalInt.empty();
    }
}
