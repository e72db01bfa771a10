package org.akuntabel.registers.company;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import org.akuntabel.evaluation.Subject;

/**
 * What the decent-work-governance rules may read about one company: its workforce and the four
 * elements the register records. {@code null} means the register holds no value for it.
 */
public final class CompanyFacts implements Subject {

    private final long companyId;
    private final String name;
    private final Integer workers;
    private final Boolean ppPkb;
    private final String ppPkbNumber;
    private final Boolean lksBipartit;
    private final String lksBipartitDecree;
    private final Boolean wageStructure;
    private final Integer bpjsParticipants;

    @JsonbCreator
    public CompanyFacts(@JsonbProperty("companyId") long companyId,
                        @JsonbProperty("name") String name,
                        @JsonbProperty("workers") Integer workers,
                        @JsonbProperty("ppPkb") Boolean ppPkb,
                        @JsonbProperty("ppPkbNumber") String ppPkbNumber,
                        @JsonbProperty("lksBipartit") Boolean lksBipartit,
                        @JsonbProperty("lksBipartitDecree") String lksBipartitDecree,
                        @JsonbProperty("wageStructure") Boolean wageStructure,
                        @JsonbProperty("bpjsParticipants") Integer bpjsParticipants) {
        this.companyId = companyId;
        this.name = name;
        this.workers = workers;
        this.ppPkb = ppPkb;
        this.ppPkbNumber = blankToNull(ppPkbNumber);
        this.lksBipartit = lksBipartit;
        this.lksBipartitDecree = blankToNull(lksBipartitDecree);
        this.wageStructure = wageStructure;
        this.bpjsParticipants = bpjsParticipants;
    }

    public static CompanyFacts of(Company company) {
        return new CompanyFacts(company.getId(), company.getName(), company.getWorkers(), company.getPpPkb(),
                company.getPpPkbNumber(), company.getLksBipartit(), company.getLksBipartitDecree(), company.getWageStructure(),
                company.getBpjsParticipants());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public long getSubjectId() {
        return companyId;
    }

    @Override
    public String getSubjectName() {
        return name;
    }

    @Override
    public String canonicalForm() {
        return String.join("|", "PERUSAHAAN", Long.toString(companyId), name, String.valueOf(workers),
                String.valueOf(ppPkb), String.valueOf(ppPkbNumber), String.valueOf(lksBipartit),
                String.valueOf(lksBipartitDecree), String.valueOf(wageStructure),
                String.valueOf(bpjsParticipants));
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getName() {
        return name;
    }

    public Integer getWorkers() {
        return workers;
    }

    public Boolean getPpPkb() {
        return ppPkb;
    }

    public Boolean getLksBipartit() {
        return lksBipartit;
    }

    public String getPpPkbNumber() {
        return ppPkbNumber;
    }

    public String getLksBipartitDecree() {
        return lksBipartitDecree;
    }

    public Boolean getWageStructure() {
        return wageStructure;
    }

    public Integer getBpjsParticipants() {
        return bpjsParticipants;
    }
}
