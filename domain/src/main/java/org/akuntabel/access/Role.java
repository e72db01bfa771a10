package org.akuntabel.access;

/**
 * What a user may do. Reading an agency's data needs the agency in the user's scope ({@link #allAgencies()}:
 * every agency; otherwise the agencies assigned to the user).
 */
public enum Role {
    /** Users and agencies; stands in for every other role, in every agency. */
    ADMIN,
    /** Policy staff: rule drafts, tests, what-if; approves and activates another person's draft. Reads every agency. */
    KEBIJAKAN,
    /** Registers, plans and narratives of the own agency. */
    OPERATOR,
    /** Reads the assigned agencies, their drill-downs, rule history and the audit log; changes nothing. */
    AUDITOR,
    /** Head of the agency: approves the Perjanjian Kinerja and publishes the report of the own agency. */
    PIMPINAN;

    public boolean allAgencies() {
        return this == ADMIN || this == KEBIJAKAN;
    }
}
