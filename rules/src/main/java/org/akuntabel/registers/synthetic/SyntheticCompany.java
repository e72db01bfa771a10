package org.akuntabel.registers.synthetic;

import org.akuntabel.registers.company.CompanyFacts;

/** A synthetic company with the four decent-work elements the register records; {@code null} is a missing value. */
public record SyntheticCompany(long id, Region region, String name, String sector, Integer workers, Boolean ppPkb,
                               String ppPkbNumber, Boolean lksBipartit, String lksBipartitDecree, Boolean wageStructure,
                               Integer bpjsParticipants) {

    /** The facts the company rules read, judged for {@code reportingYear}. */
    public CompanyFacts facts(int reportingYear) {
        return new CompanyFacts(id, name, workers, ppPkb, ppPkbNumber, lksBipartit, lksBipartitDecree, wageStructure,
                bpjsParticipants, reportingYear);
    }
}
