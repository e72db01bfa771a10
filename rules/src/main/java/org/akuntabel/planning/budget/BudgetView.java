package org.akuntabel.planning.budget;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's budget for a year: per sasaran, programme and activity the pagu, realisation and
 * absorption (realisation ÷ pagu × 100; {@code null} when the pagu is 0), every sum computed from the
 * activity lines, with the totals the source prints beside them and the differences spelled out.
 */
@JsonbPropertyOrder({"agency", "year", "pagu", "realisation", "absorption", "printedPagu", "printedRealisation",
        "sasaran", "differences"})
public record BudgetView(String agency, int year, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
                         BigDecimal printedPagu, BigDecimal printedRealisation, List<SasaranBudget> sasaran,
                         List<String> differences) implements Serializable {

    /** The budget serving one sasaran. */
    @JsonbPropertyOrder({"number", "name", "pagu", "realisation", "absorption", "printedPagu", "printedRealisation", "programmes"})
    public record SasaranBudget(int number, String name, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
                                BigDecimal printedPagu, BigDecimal printedRealisation, List<ProgrammeBudget> programmes)
            implements Serializable {
    }

    /** One programme: sums of its activities, and the totals printed for it. */
    @JsonbPropertyOrder({"number", "name", "sasaranNumber", "version", "pagu", "realisation", "absorption", "printedPagu",
            "printedRealisation", "source", "activities"})
    public record ProgrammeBudget(int number, String name, int sasaranNumber, long version, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
                                  BigDecimal printedPagu, BigDecimal printedRealisation, String source,
                                  List<ActivityBudget> activities) implements Serializable {
    }

    /**
     * One activity (kegiatan) line, with its id and version for changing it. With sub-kegiatan, pagu and realisation
     * are their sums and {@code recordedPagu}/{@code recordedRealisation} the amounts recorded for the activity itself.
     */
    @JsonbPropertyOrder({"id", "name", "pagu", "realisation", "absorption", "recordedPagu", "recordedRealisation", "note",
            "version", "subActivities"})
    public record ActivityBudget(long id, String name, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
                                 BigDecimal recordedPagu, BigDecimal recordedRealisation, String note, long version,
                                 List<SubActivityBudget> subActivities) implements Serializable {
    }

    /** One sub-kegiatan line. */
    @JsonbPropertyOrder({"id", "name", "pagu", "realisation", "absorption", "version"})
    public record SubActivityBudget(long id, String name, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
                                    long version) implements Serializable {
    }
}
