package org.akuntabel.evaluation;

import org.akuntabel.agency.Agency;

import java.util.List;

/** Loads the subjects of one register that a criteria rule set judges, for an agency and year. */
public interface SubjectSource {

    /** The register (fact model key) this source serves, e.g. {@code koperasi}. */
    String register();

    /** The subjects, as facts for the rules. */
    List<? extends Subject> load(Agency agency, int year);
}
