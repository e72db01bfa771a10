package org.akuntabel.registers.cooperative;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import org.akuntabel.evaluation.Subject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * What the cooperative rules may read about one cooperative in a reporting year: its RAT dates in
 * that year and the two before, and its business volume and assets in that year and the one before.
 * Built from the register; {@code null} means the register holds no value.
 */
public final class CooperativeFacts implements Subject {

    private final long cooperativeId;
    private final String name;
    private final int reportingYear;
    private final LocalDate ratDate;
    private final LocalDate previousRatDate;
    private final LocalDate ratDateTwoYearsAgo;
    private final BigDecimal previousBusinessVolume;
    private final BigDecimal businessVolume;
    private final BigDecimal previousAssets;
    private final BigDecimal assets;

    /** Facts without the RAT dates of the two years before the reporting year (as before they were read). */
    public CooperativeFacts(long cooperativeId, String name, int reportingYear, LocalDate ratDate,
                            BigDecimal previousBusinessVolume, BigDecimal businessVolume, BigDecimal previousAssets,
                            BigDecimal assets) {
        this(cooperativeId, name, reportingYear, ratDate, null, null, previousBusinessVolume, businessVolume,
                previousAssets, assets);
    }

    /** The facts; a test file may leave out any property but the id and year (it is then {@code null}). */
    @JsonbCreator
    public CooperativeFacts(@JsonbProperty("cooperativeId") long cooperativeId,
                            @JsonbProperty("name") String name,
                            @JsonbProperty("reportingYear") int reportingYear,
                            @JsonbProperty("ratDate") LocalDate ratDate,
                            @JsonbProperty("previousRatDate") LocalDate previousRatDate,
                            @JsonbProperty("ratDateTwoYearsAgo") LocalDate ratDateTwoYearsAgo,
                            @JsonbProperty("previousBusinessVolume") BigDecimal previousBusinessVolume,
                            @JsonbProperty("businessVolume") BigDecimal businessVolume,
                            @JsonbProperty("previousAssets") BigDecimal previousAssets,
                            @JsonbProperty("assets") BigDecimal assets) {
        this.cooperativeId = cooperativeId;
        this.name = name;
        this.reportingYear = reportingYear;
        this.ratDate = ratDate;
        this.previousRatDate = previousRatDate;
        this.ratDateTwoYearsAgo = ratDateTwoYearsAgo;
        this.previousBusinessVolume = previousBusinessVolume;
        this.businessVolume = businessVolume;
        this.previousAssets = previousAssets;
        this.assets = assets;
    }

    /**
     * The facts of {@code cooperative} for {@code year}, reading the year before for the comparisons and
     * the RAT dates of the two years before for the three-year RAT record.
     */
    public static CooperativeFacts of(Cooperative cooperative, int year) {
        CooperativeYear current = cooperative.findYear(year).orElse(null);
        CooperativeYear previous = cooperative.findYear(year - 1).orElse(null);
        CooperativeYear twoYearsAgo = cooperative.findYear(year - 2).orElse(null);
        return new CooperativeFacts(cooperative.getId(), cooperative.getName(), year,
                current == null ? null : current.getRatDate(),
                previous == null ? null : previous.getRatDate(),
                twoYearsAgo == null ? null : twoYearsAgo.getRatDate(),
                previous == null ? null : previous.getBusinessVolume(),
                current == null ? null : current.getBusinessVolume(),
                previous == null ? null : previous.getAssets(),
                current == null ? null : current.getAssets());
    }

    @Override
    public long getSubjectId() {
        return cooperativeId;
    }

    @Override
    public String getSubjectName() {
        return name;
    }

    @Override
    public String canonicalForm() {
        return String.join("|", "KOPERASI", Long.toString(cooperativeId), name, Integer.toString(reportingYear),
                String.valueOf(ratDate), plain(previousBusinessVolume), plain(businessVolume), plain(previousAssets), plain(assets),
                String.valueOf(previousRatDate), String.valueOf(ratDateTwoYearsAgo));
    }

    @Override
    public OptionalInt evaluationYear() {
        return OptionalInt.of(reportingYear);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.stripTrailingZeros().toPlainString();
    }

    public long getCooperativeId() {
        return cooperativeId;
    }

    public String getName() {
        return name;
    }

    public int getReportingYear() {
        return reportingYear;
    }

    public int getPreviousYear() {
        return reportingYear - 1;
    }

    public LocalDate getRatDate() {
        return ratDate;
    }

    /** The calendar year of the RAT date, or {@code null} without a date. */
    public Integer getRatYear() {
        return ratDate == null ? null : ratDate.getYear();
    }

    /** The RAT date recorded for the year before the reporting year, or {@code null}. */
    public LocalDate getPreviousRatDate() {
        return previousRatDate;
    }

    /** The calendar year of {@link #getPreviousRatDate()}, or {@code null} without a date. */
    public Integer getPreviousRatYear() {
        return previousRatDate == null ? null : previousRatDate.getYear();
    }

    /** Two years before the reporting year. */
    public int getYearTwoYearsAgo() {
        return reportingYear - 2;
    }

    /** The RAT date recorded for two years before the reporting year, or {@code null}. */
    public LocalDate getRatDateTwoYearsAgo() {
        return ratDateTwoYearsAgo;
    }

    /** The calendar year of {@link #getRatDateTwoYearsAgo()}, or {@code null} without a date. */
    public Integer getRatYearTwoYearsAgo() {
        return ratDateTwoYearsAgo == null ? null : ratDateTwoYearsAgo.getYear();
    }

    public BigDecimal getPreviousBusinessVolume() {
        return previousBusinessVolume;
    }

    public BigDecimal getBusinessVolume() {
        return businessVolume;
    }

    public BigDecimal getPreviousAssets() {
        return previousAssets;
    }

    public BigDecimal getAssets() {
        return assets;
    }
}
