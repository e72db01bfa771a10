package org.akuntabel.reporting.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the annual performance report (Laporan Kinerja) shows, computed from data and rules, in the order
 * of PermenPANRB 53/2014 and the agency's own report: Ikhtisar Eksekutif, BAB I Pendahuluan, BAB II Perencanaan
 * dan Perjanjian Kinerja, BAB III Akuntabilitas Kinerja, BAB IV Penutup, and the consistency-check annex. Numbers
 * are plain values; the renderers format them the Indonesian way. Nothing in it depends on the time of
 * generation, so the same data and rules give the same files.
 *
 * @param narratives staff's texts by {@link Narrative#section()} key, as safe markup (p, strong, em, ul, ol, li, br)
 * @param profile    BAB I from data: the organisation, the staff and facilities tables of the year and the year before
 * @param digest     the SHA-256 of the published version, printed on the last page; {@code null} for a draft
 */
public record ReportModel(String agencyCode, String agencyName, String region, int year, String title,
                          List<Narrative> narratives, Profile profile, List<IndicatorRow> indicators, List<ScaleBand> scale, String scaleName,
                          List<RenstraIndicator> renstra, List<Integer> renstraYears, String renstraTitle,
                          List<PlanningDocument> documents, List<IndicatorDetail> details, List<BudgetRow> budget,
                          BigDecimal budgetPagu, BigDecimal budgetRealisation, BigDecimal budgetAbsorption,
                          List<Check> checks, boolean draft, String digest) {

    /** Section keys of the narratives, in report order. */
    public static final List<String> SECTIONS = List.of("ikhtisar", "pendahuluan", "perencanaan", "akuntabilitas", "penutup");

    /** A staff narrative: a report section ({@code ikhtisar}, …) or an indicator part ({@code KODE.penjelasan|analisis|solusi}). */
    public record Narrative(String section, String markup, String author, String savedAt) {
    }

    /**
     * BAB I from data: the agency's duties, functions and units, and the staff tables (Kepegawaian) and facilities
     * table (Sarana dan Prasarana) with the previous year beside the year.
     */
    public record Profile(String duties, List<String> functions, List<Unit> units, int previousYear, List<ProfileTable> staff,
                          ProfileTable facilities) {
    }

    /** A unit of the organisation; depth 0 at the top, 1 for a unit under another, … */
    public record Unit(String name, int depth) {
    }

    /**
     * A staff or facilities table for the year and the year before: lines by category ({@code null}: "-", or no line
     * that year), the totals computed from the lines, and the source note.
     */
    public record ProfileTable(String kind, String title, String header, List<ProfileLine> lines, String source) {
    }

    public record ProfileLine(String category, Integer previous, Integer current) {
    }

    /** One row of the evaluation table (BAB III) and the executive summary. */
    public record IndicatorRow(String code, String name, String unit, int sasaranNumber, String sasaran, BigDecimal target,
                               BigDecimal realisation, BigDecimal achievement, String band, String bandLabel, String bandColour,
                               String source, boolean provisional) {
    }

    /** One band of the agency's scale, with its range as the scale states it. */
    public record ScaleBand(String code, String label, String colour, String range) {
    }

    /** An indicator of the Renstra with its yearly targets (aligned with {@code renstraYears}; null where none). */
    public record RenstraIndicator(String code, String name, String unit, String sasaran, List<BigDecimal> targets) {
    }

    /** An IKU, RKT or PK (latest revision) with its lines and programme budgets. */
    public record PlanningDocument(String label, String number, String date, List<DocumentLine> lines, List<ProgrammeBudget> budgets) {
    }

    public record DocumentLine(String indicator, String unit, BigDecimal annual, BigDecimal q1, BigDecimal q2, BigDecimal q3,
                               BigDecimal q4) {
    }

    public record ProgrammeBudget(String programme, BigDecimal amount) {
    }

    /**
     * BAB III per indicator: comparison with last year and the Renstra end target, the formula with the numbers, the
     * entities behind the figure, the series for the chart, and the published figures with their differences.
     */
    public record IndicatorDetail(String code, String name, String unit, String sasaran, String formula, String arithmetic,
                                  String achievementArithmetic, String provenance, BigDecimal target, BigDecimal realisation,
                                  BigDecimal achievement, String bandLabel, Integer previousYear, BigDecimal previousRealisation,
                                  BigDecimal previousAchievement, Integer endYear, BigDecimal endTarget, BigDecimal endProgress,
                                  List<Entity> entities, List<String> entityCriteria, List<SeriesPoint> series,
                                  BigDecimal publishedRealisation, BigDecimal publishedAchievement, String publishedLabel,
                                  List<String> differences) {
    }

    /** An entity behind a register-based figure: counted or not, with the outcome per criterion (aligned with entityCriteria). */
    public record Entity(String name, boolean counted, List<String> outcomes) {
    }

    public record SeriesPoint(int year, BigDecimal target, BigDecimal realisation) {
    }

    /**
     * A budget line: level 0 sasaran, 1 programme, 2 kegiatan, 3 sub-kegiatan. A sasaran also carries its capaian
     * kinerja (mean achievement of its indicators) and efficiency (capaian kinerja − penyerapan, percentage points);
     * {@code null} on other levels or where they cannot be computed.
     */
    public record BudgetRow(int level, String name, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption,
                            BigDecimal performance, BigDecimal efficiency) {

        /** A line without performance (programme, kegiatan, sub-kegiatan). */
        public BudgetRow(int level, String name, BigDecimal pagu, BigDecimal realisation, BigDecimal absorption) {
            this(level, name, pagu, realisation, absorption, null, null);
        }
    }

    /** A consistency-check finding for the annex. */
    public record Check(String code, String severity, String message, String location) {
    }
}
