package org.akuntabel.registers.company;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import org.akuntabel.evaluation.Subject;

import java.util.OptionalInt;

/**
 * What the decent-work-governance rules may read about one company: its workforce and the four
 * elements the register records, and the reporting year it is judged for (the register holds the
 * current state of a company, not one record per year; the year selects the thresholds in force).
 * {@code null} means the register holds no value for it.
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
    private final Integer reportingYear;

    /** Facts without a reporting year (as before the year was carried). */
    public CompanyFacts(long companyId, String name, Integer workers, Boolean ppPkb, String ppPkbNumber, Boolean lksBipartit,
                        String lksBipartitDecree, Boolean wageStructure, Integer bpjsParticipants) {
        this(companyId, name, workers, ppPkb, ppPkbNumber, lksBipartit, lksBipartitDecree, wageStructure, bpjsParticipants, null);
    }

    /** The facts; a test file may leave out any property but the id (it is then {@code null}). */
    @JsonbCreator
    public CompanyFacts(@JsonbProperty("companyId") long companyId,
                        @JsonbProperty("name") String name,
                        @JsonbProperty("workers") Integer workers,
                        @JsonbProperty("ppPkb") Boolean ppPkb,
                        @JsonbProperty("ppPkbNumber") String ppPkbNumber,
                        @JsonbProperty("lksBipartit") Boolean lksBipartit,
                        @JsonbProperty("lksBipartitDecree") String lksBipartitDecree,
                        @JsonbProperty("wageStructure") Boolean wageStructure,
                        @JsonbProperty("bpjsParticipants") Integer bpjsParticipants,
                        @JsonbProperty("reportingYear") Integer reportingYear) {
        this.companyId = companyId;
        this.name = name;
        this.workers = workers;
        this.ppPkb = ppPkb;
        this.ppPkbNumber = blankToNull(ppPkbNumber);
        this.lksBipartit = lksBipartit;
        this.lksBipartitDecree = blankToNull(lksBipartitDecree);
        this.wageStructure = wageStructure;
        this.bpjsParticipants = bpjsParticipants;
        this.reportingYear = reportingYear;
    }

    /** The company's facts without a reporting year: enough for rule sets without parameters. */
    public static CompanyFacts of(Company company) {
        return new CompanyFacts(company.getId(), company.getName(), company.getWorkers(), company.getPpPkb(),
                company.getPpPkbNumber(), company.getLksBipartit(), company.getLksBipartitDecree(), company.getWageStructure(),
                company.getBpjsParticipants());
    }

    /** The company's current facts, judged for reporting year {@code year}. */
    public static CompanyFacts of(Company company, int year) {
        return new CompanyFacts(company.getId(), company.getName(), company.getWorkers(), company.getPpPkb(),
                company.getPpPkbNumber(), company.getLksBipartit(), company.getLksBipartitDecree(), company.getWageStructure(),
                company.getBpjsParticipants(), year);
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

    /**
     * The register values. The reporting year is left out: it is the year of the run the digest
     * belongs to, and leaving it out keeps the digests of runs made before the year was carried.
     */
    @Override
    public String canonicalForm() {
        return String.join("|", "PERUSAHAAN", Long.toString(companyId), name, String.valueOf(workers),
                String.valueOf(ppPkb), String.valueOf(ppPkbNumber), String.valueOf(lksBipartit),
                String.valueOf(lksBipartitDecree), String.valueOf(wageStructure),
                String.valueOf(bpjsParticipants));
    }

    @Override
    public OptionalInt evaluationYear() {
        return reportingYear == null ? OptionalInt.empty() : OptionalInt.of(reportingYear);
    }

    /** The reporting year the company is judged for, or {@code null} when not given. */
    public Integer getReportingYear() {
        return reportingYear;
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
