package org.akuntabel.planning;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Read views of the planning cycle, shaped for the API and the pages. */
public final class PlanningViews {

    private PlanningViews() {
    }

    /** A Renstra period, its vision and missions, and the cascade tujuan → sasaran → indicators → programmes. */
    @JsonbPropertyOrder({"startYear", "endYear", "title", "vision", "missions", "source", "tujuan", "version"})
    public record RenstraView(int startYear, int endYear, String title, String vision, List<String> missions, String source,
                              List<TujuanView> tujuan, long version) {
    }

    @JsonbPropertyOrder({"number", "name", "sasaran", "version"})
    public record TujuanView(int number, String name, List<SasaranView> sasaran, long version) {
    }

    @JsonbPropertyOrder({"number", "name", "strategy", "policy", "indicators", "programmes", "version"})
    public record SasaranView(int number, String name, List<String> strategy, List<String> policy,
                              List<PlannedIndicator> indicators, List<String> programmes, long version) {
    }

    /** An indicator with its targets for every year of the period and its end-of-period target. */
    @JsonbPropertyOrder({"code", "name", "unit", "polarity", "dataSource", "responsibleUnit", "targets", "endTarget"})
    public record PlannedIndicator(String code, String name, String unit, String polarity, String dataSource,
                                   String responsibleUnit, List<YearTarget> targets, YearTarget endTarget) {
    }

    @JsonbPropertyOrder({"year", "value"})
    public record YearTarget(int year, BigDecimal value) {
    }

    /** A planning document of a year (IKU, RKT, PK and its revisions) with its lines and budgets. */
    @JsonbPropertyOrder({"kind", "revision", "label", "title", "number", "date", "source", "targets", "budgets", "budgetTotal",
            "approvedBy", "approvedAt"})
    public record DocumentView(String kind, int revision, String label, String title, String number, LocalDate date,
                               String source, List<DocumentLine> targets, List<BudgetLine> budgets, BigDecimal budgetTotal,
                               String approvedBy, java.time.LocalDateTime approvedAt) implements Serializable {
    }

    /** One indicator line of a document; {@code indicator} is the code when it is one of the agency's indicators. */
    @JsonbPropertyOrder({"indicator", "name", "sasaran", "unit", "annual", "q1", "q2", "q3", "q4", "note"})
    public record DocumentLine(String indicator, String name, String sasaran, String unit, BigDecimal annual, BigDecimal q1,
                               BigDecimal q2, BigDecimal q3, BigDecimal q4, String note) implements Serializable {
    }

    @JsonbPropertyOrder({"programme", "amount", "note"})
    public record BudgetLine(String programme, BigDecimal amount, String note) implements Serializable {
    }
}
