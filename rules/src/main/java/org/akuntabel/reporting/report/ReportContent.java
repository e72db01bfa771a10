package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.Block.Align;
import org.akuntabel.reporting.report.Block.Cell;
import org.akuntabel.reporting.report.Block.Column;
import org.akuntabel.reporting.report.Block.Figure;
import org.akuntabel.reporting.report.Block.Heading;
import org.akuntabel.reporting.report.Block.ListItem;
import org.akuntabel.reporting.report.Block.PageBreak;
import org.akuntabel.reporting.report.Block.Paragraph;
import org.akuntabel.reporting.report.Block.Run;
import org.akuntabel.reporting.report.Block.Style;
import org.akuntabel.reporting.report.Block.Table;
import org.akuntabel.reporting.report.ReportModel.BudgetRow;
import org.akuntabel.reporting.report.ReportModel.Check;
import org.akuntabel.reporting.report.ReportModel.DocumentLine;
import org.akuntabel.reporting.report.ReportModel.Entity;
import org.akuntabel.reporting.report.ReportModel.IndicatorDetail;
import org.akuntabel.reporting.report.ReportModel.IndicatorRow;
import org.akuntabel.reporting.report.ReportModel.Narrative;
import org.akuntabel.reporting.report.ReportModel.PlanningDocument;
import org.akuntabel.reporting.report.ReportModel.ProgrammeBudget;
import org.akuntabel.reporting.report.ReportModel.RenstraIndicator;
import org.akuntabel.reporting.report.ReportModel.ScaleBand;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Laporan Kinerja laid out once, independent of the output format: the cover's lines, then the body as
 * {@link Block}s in the order of PermenPANRB 53/2014 — Ikhtisar Eksekutif, BAB I–IV, the consistency-check annex
 * and the last page — with tables ("Tabel 3.2") and charts ("Gambar 3.1") numbered per chapter. {@link PdfReport}
 * and {@link DocxReport} both draw this, so the two files say the same thing. All text is Bahasa Indonesia, all
 * numbers in Indonesian format.
 *
 * @param model  what the report shows
 * @param blocks the body, from the Ikhtisar Eksekutif to the last page (the cover and the lists of contents,
 *               tables and figures are drawn by the renderers from {@link #contents()}, {@link #tables()} and
 *               {@link #figures()})
 */
public record ReportContent(ReportModel model, List<Block> blocks) {

    /** Shown in a draft where a narrative is still empty. */
    public static final String PLACEHOLDER = "[Belum diisi]";
    /** Heading of the table of contents. */
    public static final String CONTENTS_TITLE = "DAFTAR ISI";
    /** Heading of the list of tables. */
    public static final String TABLES_TITLE = "DAFTAR TABEL";
    /** Heading of the list of figures. */
    public static final String FIGURES_TITLE = "DAFTAR GAMBAR";
    /** The mark of a draft on the cover and every page. */
    public static final String DRAFT_MARK = "DRAF";
    /** The last page of a report that is not published. */
    public static final String UNPUBLISHED = "Draf — belum diterbitkan";
    /** The start of the last page of a published report, followed by the digest. */
    public static final String DIGEST_LINE = "Digest SHA-256 versi terbit: ";

    public ReportContent {
        Objects.requireNonNull(model, "model");
        blocks = List.copyOf(blocks);
    }

    /** Lays out the report for the model; draws its charts. */
    public static ReportContent of(ReportModel model) {
        return new ReportContent(model, new Composer(model).compose());
    }

    /** The headings for the table of contents: levels 1 to 3. */
    public List<Heading> contents() {
        return blocks.stream().filter(b -> b instanceof Heading h && h.level() <= 3).map(b -> (Heading) b).toList();
    }

    /** The numbered tables, for the list of tables. */
    public List<Table> tables() {
        return blocks.stream().filter(b -> b instanceof Table t && t.number() != null).map(b -> (Table) b).toList();
    }

    /** The figures, for the list of figures. */
    public List<Figure> figures() {
        return blocks.stream().filter(b -> b instanceof Figure).map(b -> (Figure) b).toList();
    }

    /** The cover's lines under the title: the year, the agency and the region. */
    public List<String> coverLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Tahun " + model.year());
        if (model.agencyName() != null) {
            lines.add(model.agencyName());
        }
        if (model.region() != null) {
            lines.add(model.region());
        }
        return lines;
    }

    /** The report's title, or the standard one when the model has none. */
    public String title() {
        String title = model.title();
        return title == null || title.isBlank() ? "Laporan Kinerja Instansi Pemerintah Tahun " + model.year() : title;
    }

    /** What the last page states: the digest of the published version, or that the report is a draft. */
    public String finalStatement() {
        return finalStatement(model);
    }

    private static String finalStatement(ReportModel model) {
        return model.digest() != null ? DIGEST_LINE + model.digest() : UNPUBLISHED;
    }

    /**
     * The fixed time written into the files' metadata (PDF creation and modification dates, DOCX core properties,
     * zip entries) instead of the time of rendering, so that the same model always gives the same bytes: 1 January
     * of the year after the reporting year, 00:00 UTC — the earliest a report on that year can be made.
     */
    public Instant timestamp() {
        return LocalDate.of(model.year() + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    // ---- formats shared by the renderers

    /**
     * A figure as reports print it: whole numbers without decimals ({@code 4}, {@code 20.547}), others with two
     * ({@code 71,50}, {@code 3,48}); {@code -} when absent.
     */
    public static String value(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0
                ? IndonesianFormat.fixed(value, 0) : IndonesianFormat.fixed(value, 2);
    }

    /** A percentage with two decimals: {@code 65,41}; {@code -} when absent. */
    public static String percent(BigDecimal value) {
        return IndonesianFormat.fixed(value, 2);
    }

    /** An amount in rupiah: {@code Rp 6.038.087.336}; {@code -} when absent. */
    public static String rupiah(BigDecimal value) {
        return value == null ? "-" : IndonesianFormat.rupiah(value);
    }

    /** The six hex digits of a {@code #RRGGBB} colour, upper case, or {@code null} when absent or malformed. */
    public static String hex(String colour) {
        if (colour == null) {
            return null;
        }
        String digits = colour.strip();
        if (digits.startsWith("#")) {
            digits = digits.substring(1);
        }
        if (digits.length() != 6) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                return null;
            }
        }
        return digits.toUpperCase(java.util.Locale.ROOT);
    }

    /** Whether text on this fill ({@code RRGGBB}) is easier to read in white than in black. */
    public static boolean isDark(String fill) {
        if (fill == null) {
            return false;
        }
        int rgb = Integer.parseInt(fill, 16);
        double luminance = 0.299 * (rgb >> 16 & 0xFF) + 0.587 * (rgb >> 8 & 0xFF) + 0.114 * (rgb & 0xFF);
        return luminance < 140;
    }

    /** Lays the body out, numbering headings, tables and figures as it goes. */
    private static final class Composer {

        private final ReportModel model;
        private final Map<String, Narrative> narratives = new LinkedHashMap<>();
        private final List<Block> blocks = new ArrayList<>();
        private String chapter;
        private int section;
        private int subsection;
        private int tableNumber;
        private int figureNumber;
        private int anchors;

        Composer(ReportModel model) {
            this.model = model;
            if (model.narratives() != null) {
                for (Narrative narrative : model.narratives()) {
                    if (narrative != null && narrative.section() != null) {
                        narratives.putIfAbsent(narrative.section(), narrative);
                    }
                }
            }
        }

        List<Block> compose() {
            executiveSummary();
            introduction();
            planning();
            accountability();
            closing();
            annex();
            blocks.add(new PageBreak());
            blocks.add(new Paragraph(List.of(Run.bold(finalStatement(model))),
                    Style.FINAL));
            return blocks;
        }

        // ---- chapters

        private void executiveSummary() {
            chapter("IE", "IKHTISAR EKSEKUTIF");
            narrative("ikhtisar");
            List<IndicatorRow> rows = list(model.indicators());
            paragraph("Ringkasan capaian " + rows.size() + " indikator kinerja tahun " + model.year() + ":");
            List<List<Cell>> table = new ArrayList<>();
            int no = 0;
            for (IndicatorRow row : rows) {
                table.add(List.of(Cell.of(Integer.toString(++no)), Cell.of(row.code()), Cell.of(row.name()),
                        Cell.of(value(row.target())), Cell.of(realisation(row)), Cell.of(percent(row.achievement())),
                        band(row)));
            }
            table(rows.isEmpty() ? "Ringkasan capaian indikator kinerja" : "Ringkasan capaian indikator kinerja tahun "
                            + model.year(),
                    List.of(column("No", 4, Align.CENTER), column("Kode", 15, Align.LEFT),
                            column("Indikator Kinerja", 31, Align.LEFT), column("Target", 10, Align.RIGHT),
                            column("Realisasi", 11, Align.RIGHT), column("Capaian (%)", 11, Align.RIGHT),
                            column("Predikat", 14, Align.CENTER)),
                    table, provisionalNotes(rows));
            String bands = bandSummary(rows);
            if (!bands.isEmpty()) {
                paragraph(bands);
            }
            if (model.budgetPagu() != null) {
                paragraph("Realisasi anggaran tahun " + model.year() + " sebesar " + rupiah(model.budgetRealisation())
                        + " dari pagu " + rupiah(model.budgetPagu()) + " (penyerapan " + percent(model.budgetAbsorption())
                        + "%).");
            }
        }

        private void introduction() {
            chapter("1", "BAB I PENDAHULUAN");
            narrative("pendahuluan");
            ReportModel.Profile profile = model.profile();
            if (profile == null) {
                return;
            }
            List<String> functions = list(profile.functions());
            List<ReportModel.Unit> units = list(profile.units());
            if (present(profile.duties()) || !functions.isEmpty() || !units.isEmpty()) {
                section("Gambaran Umum Organisasi");
                if (present(profile.duties())) {
                    labelled("Tugas: ", profile.duties());
                }
                if (!functions.isEmpty()) {
                    blocks.add(new Paragraph(List.of(Run.bold("Fungsi:")), Style.BODY));
                    for (int i = 0; i < functions.size(); i++) {
                        blocks.add(new ListItem(0, letter(i) + ".", List.of(Run.plain(functions.get(i)))));
                    }
                }
                if (!units.isEmpty()) {
                    blocks.add(new Paragraph(List.of(Run.bold("Susunan organisasi:")), Style.BODY));
                    int[] counters = new int[8];
                    for (ReportModel.Unit unit : units) {
                        int depth = Math.max(0, Math.min(counters.length - 1, unit.depth()));
                        int n = counters[depth]++;
                        java.util.Arrays.fill(counters, depth + 1, counters.length, 0);
                        String marker = depth == 0 ? letter(n) + "." : depth == 1 ? (n + 1) + ")" : "•";
                        blocks.add(new ListItem(depth, marker, List.of(Run.plain(unit.name()))));
                    }
                }
            }
            List<ReportModel.ProfileTable> staff = list(profile.staff());
            if (!staff.isEmpty()) {
                section("Kepegawaian");
                List<String> headers = staff.stream().map(t -> orDash(t.header()).toLowerCase(java.util.Locale.ROOT)).toList();
                String by = headers.size() == 1 ? headers.get(0) : String.join(", ", headers.subList(0, headers.size() - 1))
                        + " dan " + headers.get(headers.size() - 1);
                paragraph("Jumlah pegawai tahun " + profile.previousYear() + " dan " + model.year() + " menurut " + by
                        + ". Jumlah setiap tabel dihitung dari barisnya.");
                staff.forEach(t -> profileTable(t, profile.previousYear(), true));
            }
            if (profile.facilities() != null) {
                section("Sarana dan Prasarana");
                paragraph("Sarana dan prasarana kerja yang mendukung pelaksanaan tugas dan fungsi, tahun "
                        + profile.previousYear() + " dan " + model.year() + ".");
                profileTable(profile.facilities(), profile.previousYear(), false);
            }
        }

        /** A staff or facilities table: the year before and the year, and for staff the totals computed from the lines. */
        private void profileTable(ReportModel.ProfileTable t, int previousYear, boolean totals) {
            List<ReportModel.ProfileLine> lines = list(t.lines());
            List<List<Cell>> rows = new ArrayList<>();
            int no = 0;
            for (ReportModel.ProfileLine line : lines) {
                rows.add(List.of(Cell.of(Integer.toString(++no)), Cell.of(line.category()), Cell.of(count(line.previous())),
                        Cell.of(count(line.current()))));
            }
            if (totals) {
                rows.add(List.of(Cell.group("Jumlah", 2),
                        Cell.of(count(sum(lines.stream().map(ReportModel.ProfileLine::previous).toList()))).bolded(),
                        Cell.of(count(sum(lines.stream().map(ReportModel.ProfileLine::current).toList()))).bolded()));
            }
            table(t.title(), List.of(column("No", 6, Align.CENTER), column(orDash(t.header()), 54, Align.LEFT),
                    column(Integer.toString(previousYear), 20, Align.RIGHT), column(Integer.toString(model.year()), 20,
                            Align.RIGHT)), rows, present(t.source()) ? List.of(t.source()) : List.of());
        }

        private void planning() {
            chapter("2", "BAB II PERENCANAAN DAN PERJANJIAN KINERJA");
            narrative("perencanaan");
            section("Rencana Strategis");
            List<RenstraIndicator> renstra = list(model.renstra());
            List<Integer> years = list(model.renstraYears());
            String renstraTitle = model.renstraTitle() == null || model.renstraTitle().isBlank()
                    ? "Rencana Strategis" : model.renstraTitle();
            if (renstra.isEmpty()) {
                paragraph("Belum ada indikator Rencana Strategis untuk tahun " + model.year() + ".");
            } else {
                paragraph("Target indikator kinerja menurut " + renstraTitle + " untuk tahun " + range(years) + ".");
                List<Column> columns = new ArrayList<>(List.of(column("No", 4, Align.CENTER),
                        column("Indikator Kinerja", 34, Align.LEFT), column("Satuan", 10, Align.LEFT)));
                float yearWidth = years.isEmpty() ? 10 : Math.max(7, 52f / years.size());
                years.forEach(y -> columns.add(column(Integer.toString(y), yearWidth, Align.RIGHT)));
                List<List<Cell>> rows = new ArrayList<>();
                String sasaran = null;
                int no = 0;
                for (RenstraIndicator indicator : renstra) {
                    if (indicator.sasaran() != null && !indicator.sasaran().equals(sasaran)) {
                        sasaran = indicator.sasaran();
                        rows.add(List.of(Cell.group("Sasaran: " + sasaran, columns.size())));
                    }
                    List<Cell> row = new ArrayList<>(List.of(Cell.of(Integer.toString(++no)),
                            Cell.of(indicator.name() + " (" + indicator.code() + ")"), Cell.of(orDash(indicator.unit()))));
                    List<BigDecimal> targets = indicator.targets() == null ? List.of() : indicator.targets();
                    for (int i = 0; i < years.size(); i++) {
                        row.add(Cell.of(i < targets.size() ? value(targets.get(i)) : "-"));
                    }
                    rows.add(row);
                }
                table("Target kinerja " + renstraTitle, columns, rows, List.of());
            }
            for (PlanningDocument document : list(model.documents())) {
                section(document.label());
                StringBuilder identity = new StringBuilder(document.label());
                if (document.number() != null && !document.number().isBlank()) {
                    identity.append(" Nomor ").append(document.number());
                }
                if (document.date() != null && !document.date().isBlank()) {
                    identity.append(" tanggal ").append(document.date());
                }
                paragraph(identity.append('.').toString());
                List<List<Cell>> lines = new ArrayList<>();
                int no = 0;
                for (DocumentLine line : list(document.lines())) {
                    lines.add(List.of(Cell.of(Integer.toString(++no)), Cell.of(line.indicator()),
                            Cell.of(orDash(line.unit())), Cell.of(value(line.annual())), Cell.of(value(line.q1())),
                            Cell.of(value(line.q2())), Cell.of(value(line.q3())), Cell.of(value(line.q4()))));
                }
                if (lines.isEmpty()) {
                    paragraph("Dokumen ini belum memuat indikator.");
                } else {
                    table("Target tahunan dan triwulanan " + document.label(),
                            List.of(column("No", 4, Align.CENTER), column("Indikator Kinerja", 36, Align.LEFT),
                                    column("Satuan", 10, Align.LEFT), column("Target Tahunan", 11, Align.RIGHT),
                                    column("TW I", 9, Align.RIGHT), column("TW II", 9, Align.RIGHT),
                                    column("TW III", 9, Align.RIGHT), column("TW IV", 9, Align.RIGHT)),
                            lines, List.of());
                }
                List<ProgrammeBudget> budgets = list(document.budgets());
                if (!budgets.isEmpty()) {
                    List<List<Cell>> rows = new ArrayList<>();
                    BigDecimal total = BigDecimal.ZERO;
                    int n = 0;
                    for (ProgrammeBudget budget : budgets) {
                        rows.add(List.of(Cell.of(Integer.toString(++n)), Cell.of(budget.programme()),
                                Cell.of(rupiah(budget.amount()))));
                        total = budget.amount() == null ? total : total.add(budget.amount());
                    }
                    rows.add(List.of(Cell.group("Jumlah", 2), Cell.of(rupiah(total)).bolded()));
                    table("Anggaran program menurut " + document.label(),
                            List.of(column("No", 5, Align.CENTER), column("Program", 65, Align.LEFT),
                                    column("Anggaran", 30, Align.RIGHT)), rows, List.of());
                }
            }
        }

        private void accountability() {
            chapter("3", "BAB III AKUNTABILITAS KINERJA");
            narrative("akuntabilitas");
            List<IndicatorRow> rows = list(model.indicators());

            section("Skala Pengukuran Capaian");
            String scaleName = model.scaleName() == null || model.scaleName().isBlank() ? "Skala Pengukuran Capaian"
                    : model.scaleName();
            if (!scaleName.toLowerCase(java.util.Locale.ROOT).startsWith("skala")) {
                scaleName = "Skala " + scaleName;
            }
            paragraph("Capaian setiap indikator dinilai dengan " + scaleName + " berikut.");
            List<List<Cell>> scale = new ArrayList<>();
            for (ScaleBand band : list(model.scale())) {
                scale.add(List.of(Cell.of(band.code()), Cell.shaded(band.label(), hex(band.colour())),
                        Cell.of(band.range())));
            }
            table(scaleName, List.of(column("Kode", 15, Align.CENTER), column("Predikat", 35, Align.CENTER),
                    column("Rentang Capaian (%)", 50, Align.LEFT)), scale, List.of());

            section("Capaian Kinerja Tahun " + model.year());
            paragraph("Perbandingan target dan realisasi setiap indikator kinerja tahun " + model.year()
                    + ", dengan capaian dan predikatnya menurut skala.");
            List<Column> columns = List.of(column("No", 4, Align.CENTER), column("Kode", 14, Align.LEFT),
                    column("Indikator Kinerja", 27, Align.LEFT), column("Satuan", 9, Align.LEFT),
                    column("Target", 10, Align.RIGHT), column("Realisasi", 11, Align.RIGHT),
                    column("Capaian (%)", 11, Align.RIGHT), column("Predikat", 14, Align.CENTER));
            List<List<Cell>> evaluation = new ArrayList<>();
            String sasaran = null;
            int no = 0;
            for (IndicatorRow row : rows) {
                String group = row.sasaran() == null ? null : "Sasaran " + row.sasaranNumber() + ": " + row.sasaran();
                if (group != null && !group.equals(sasaran)) {
                    sasaran = group;
                    evaluation.add(List.of(Cell.group(group, columns.size())));
                }
                evaluation.add(List.of(Cell.of(Integer.toString(++no)), Cell.of(row.code()), Cell.of(row.name()),
                        Cell.of(orDash(row.unit())), Cell.of(value(row.target())), Cell.of(realisation(row)),
                        Cell.of(percent(row.achievement())), band(row)));
            }
            table("Evaluasi capaian indikator kinerja tahun " + model.year(), columns, evaluation,
                    provisionalNotes(rows));
            if (!rows.isEmpty()) {
                figure("Capaian indikator kinerja tahun " + model.year() + " menurut predikat",
                        ReportCharts.achievement(rows));
            }

            List<IndicatorDetail> details = list(model.details());
            if (!details.isEmpty()) {
                section("Analisis Capaian per Indikator");
                for (IndicatorDetail detail : details) {
                    indicator(detail, rows);
                }
            }

            section("Realisasi Anggaran");
            budget();
        }

        private void indicator(IndicatorDetail d, List<IndicatorRow> rows) {
            subsection(d.name() + " (" + d.code() + ")");
            if (d.sasaran() != null && !d.sasaran().isBlank()) {
                labelled("Sasaran: ", d.sasaran());
            }
            String unit = d.unit() == null || d.unit().isBlank() ? "" : " " + d.unit();
            List<List<Cell>> comparison = new ArrayList<>();
            comparison.add(pair("Target " + model.year(), value(d.target()) + unit));
            comparison.add(pair("Realisasi " + model.year(), value(d.realisation()) + unit));
            comparison.add(pair("Capaian " + model.year() + " (%)", percent(d.achievement())));
            comparison.add(pair("Predikat", orDash(d.bandLabel())));
            if (d.previousYear() != null) {
                comparison.add(pair("Realisasi " + d.previousYear(), value(d.previousRealisation()) + unit));
                comparison.add(pair("Capaian " + d.previousYear() + " (%)", percent(d.previousAchievement())));
                if (d.realisation() != null && d.previousRealisation() != null) {
                    BigDecimal change = d.realisation().subtract(d.previousRealisation());
                    comparison.add(pair("Perubahan realisasi dari " + d.previousYear(),
                            (change.signum() > 0 ? "+" : "") + value(change) + unit));
                }
            }
            if (d.endYear() != null) {
                comparison.add(pair("Target akhir Renstra (" + d.endYear() + ")", value(d.endTarget()) + unit));
                comparison.add(pair("Kemajuan terhadap target akhir Renstra (%)", percent(d.endProgress())));
            }
            rows.stream().filter(r -> d.code().equals(r.code())).findFirst().ifPresent(r -> {
                if (r.source() != null) {
                    comparison.add(pair("Asal angka", source(r.source())));
                }
                if (r.provisional()) {
                    comparison.add(pair("Status angka", "Sementara (data belum lengkap untuk seluruh periode)"));
                }
            });
            table("Perbandingan capaian " + d.name(), List.of(column("Uraian", 55, Align.LEFT),
                    column("Nilai", 45, Align.RIGHT)), comparison, List.of());

            if (present(d.formula())) {
                labelled("Rumus perhitungan: ", d.formula());
            }
            if (present(d.arithmetic())) {
                labelled("Perhitungan realisasi: ", d.arithmetic());
            }
            if (present(d.achievementArithmetic())) {
                labelled("Perhitungan capaian: ", d.achievementArithmetic());
            }
            if (present(d.provenance())) {
                labelled("Sumber data: ", d.provenance());
            }

            List<ReportModel.SeriesPoint> series = list(d.series());
            if (!series.isEmpty()) {
                figure("Target dan realisasi " + d.name() + ", " + series.get(0).year() + "–"
                        + series.get(series.size() - 1).year(), ReportCharts.series(d));
            }

            List<Entity> entities = list(d.entities());
            if (!entities.isEmpty()) {
                List<String> criteria = list(d.entityCriteria());
                long counted = entities.stream().filter(Entity::counted).count();
                paragraph(counted + " dari " + entities.size() + " entitas memenuhi semua kriteria dan dihitung.");
                List<Column> columns = new ArrayList<>(List.of(column("No", 4, Align.CENTER),
                        column("Nama", 34, Align.LEFT), column("Dihitung", 9, Align.CENTER)));
                float width = criteria.isEmpty() ? 10 : Math.max(8, 53f / criteria.size());
                criteria.forEach(c -> columns.add(column(c, width, Align.CENTER)));
                List<List<Cell>> table = new ArrayList<>();
                int no = 0;
                for (Entity entity : entities) {
                    List<Cell> row = new ArrayList<>(List.of(Cell.of(Integer.toString(++no)), Cell.of(entity.name()),
                            entity.counted() ? Cell.of("Ya").bolded() : Cell.of("Tidak")));
                    List<String> outcomes = entity.outcomes() == null ? List.of() : entity.outcomes();
                    for (int i = 0; i < criteria.size(); i++) {
                        row.add(Cell.of(i < outcomes.size() ? orDash(outcomes.get(i)) : "-"));
                    }
                    table.add(row);
                }
                table("Entitas yang mendasari " + d.name(), columns, table, List.of());
            }

            if (d.publishedRealisation() != null || d.publishedAchievement() != null || d.publishedLabel() != null) {
                paragraph("Angka terbit: realisasi " + value(d.publishedRealisation()) + unit + ", capaian "
                        + percent(d.publishedAchievement()) + "%, predikat " + orDash(d.publishedLabel()) + ".");
                List<String> differences = list(d.differences());
                if (differences.isEmpty()) {
                    paragraph("Angka terbit sama dengan hasil perhitungan.");
                } else {
                    paragraph("Perbedaan angka terbit dengan hasil perhitungan:");
                    differences.forEach(difference -> blocks.add(new ListItem(0, "•", List.of(Run.plain(difference)))));
                }
            }

            minor("Penjelasan", d.code() + ".penjelasan");
            minor("Analisis", d.code() + ".analisis");
            minor("Solusi", d.code() + ".solusi");
        }

        private void budget() {
            List<BudgetRow> budget = list(model.budget());
            if (budget.isEmpty()) {
                paragraph("Belum ada data anggaran untuk tahun " + model.year() + ".");
                return;
            }
            paragraph("Pagu anggaran tahun " + model.year() + " sebesar " + rupiah(model.budgetPagu()) + " dengan realisasi "
                    + rupiah(model.budgetRealisation()) + " atau penyerapan " + percent(model.budgetAbsorption())
                    + "%, menurut sasaran, program, kegiatan dan sub-kegiatan.");
            paragraph("Efisiensi per sasaran membandingkan capaian kinerja sasaran dengan penyerapan anggarannya: "
                    + BudgetEfficiency.FORMULA);
            String[] levels = {"Sasaran", "Program", "Kegiatan", "Sub-kegiatan"};
            List<List<Cell>> rows = new ArrayList<>();
            for (BudgetRow row : budget) {
                int level = Math.max(0, Math.min(3, row.level()));
                Cell name = new Cell(row.name(), 1, null, level == 0, Align.LEFT, level);
                Cell pagu = Cell.of(rupiah(row.pagu()));
                Cell realisation = Cell.of(rupiah(row.realisation()));
                Cell absorption = Cell.of(percent(row.absorption()));
                Cell performance = Cell.of(level == 0 ? percent(row.performance()) : "");
                Cell efficiency = Cell.of(level == 0 ? signed(row.efficiency()) : "");
                if (level == 0) {
                    pagu = pagu.bolded();
                    realisation = realisation.bolded();
                    absorption = absorption.bolded();
                    performance = performance.bolded();
                    efficiency = efficiency.bolded();
                }
                rows.add(List.of(name, Cell.of(levels[level]), pagu, realisation, absorption, performance, efficiency));
            }
            rows.add(List.of(Cell.group("Jumlah", 2), Cell.of(rupiah(model.budgetPagu())).bolded(),
                    Cell.of(rupiah(model.budgetRealisation())).bolded(), Cell.of(percent(model.budgetAbsorption())).bolded(),
                    Cell.of(""), Cell.of("")));
            table("Realisasi anggaran tahun " + model.year(), List.of(column("Uraian", 28, Align.LEFT),
                    column("Tingkat", 8, Align.LEFT), column("Pagu", 18, Align.RIGHT),
                    column("Realisasi", 18, Align.RIGHT), column("Penyerapan (%)", 9, Align.RIGHT),
                    column("Capaian Kinerja (%)", 10, Align.RIGHT), column("Efisiensi", 9, Align.RIGHT)), rows,
                    List.of(BudgetEfficiency.FORMULA));
            if (budget.stream().anyMatch(r -> r.level() == 0)) {
                figure("Penyerapan anggaran dan capaian kinerja per sasaran tahun " + model.year(),
                        ReportCharts.absorption(budget));
            }
        }

        private void closing() {
            chapter("4", "BAB IV PENUTUP");
            narrative("penutup");
        }

        private void annex() {
            chapter("L", "LAMPIRAN: PEMERIKSAAN KONSISTENSI");
            List<Check> checks = list(model.checks());
            if (checks.isEmpty()) {
                paragraph("Pemeriksaan konsistensi tidak menemukan masalah.");
                return;
            }
            paragraph("Hasil pemeriksaan konsistensi laporan terhadap skala, aritmetikanya sendiri, data dan hasil "
                    + "perhitungan: " + checks.size() + " temuan.");
            List<List<Cell>> rows = new ArrayList<>();
            int no = 0;
            for (Check check : checks) {
                boolean error = "KESALAHAN".equalsIgnoreCase(check.severity());
                rows.add(List.of(Cell.of(Integer.toString(++no)), Cell.of(check.code()),
                        error ? Cell.shaded(check.severity(), "F4C7C3") : Cell.of(orDash(check.severity())),
                        Cell.of(check.message()), Cell.of(orDash(check.location()))));
            }
            table("Hasil pemeriksaan konsistensi", List.of(column("No", 4, Align.CENTER), column("Kode", 18, Align.LEFT),
                    column("Tingkat", 13, Align.CENTER), column("Temuan", 40, Align.LEFT),
                    column("Lokasi", 25, Align.LEFT)), rows, List.of());
        }

        // ---- building blocks

        private void chapter(String key, String title) {
            chapter = key;
            section = 0;
            subsection = 0;
            tableNumber = 0;
            figureNumber = 0;
            blocks.add(new Heading(1, title, anchor()));
        }

        private void section(String title) {
            section++;
            subsection = 0;
            blocks.add(new Heading(2, chapter + "." + section + " " + title, anchor()));
        }

        private void subsection(String title) {
            subsection++;
            blocks.add(new Heading(3, chapter + "." + section + "." + subsection + " " + title, anchor()));
        }

        /** A minor heading with a narrative under it; in a published report both are left out when it is empty. */
        private void minor(String title, String key) {
            List<Block> narrative = narrativeBlocks(key);
            if (narrative.isEmpty() && !model.draft()) {
                return;
            }
            blocks.add(new Heading(4, title, anchor()));
            blocks.addAll(narrative.isEmpty() ? List.of(placeholder()) : narrative);
        }

        private void narrative(String key) {
            List<Block> narrative = narrativeBlocks(key);
            if (!narrative.isEmpty()) {
                blocks.addAll(narrative);
            } else if (model.draft()) {
                blocks.add(placeholder());
            }
        }

        private List<Block> narrativeBlocks(String key) {
            Narrative narrative = narratives.get(key);
            return narrative == null ? List.of() : NarrativeMarkup.parse(narrative.markup());
        }

        private static Paragraph placeholder() {
            return new Paragraph(List.of(new Run(PLACEHOLDER, false, true)), Style.PLACEHOLDER);
        }

        private void paragraph(String text) {
            blocks.add(Paragraph.of(text));
        }

        private void labelled(String label, String text) {
            blocks.add(new Paragraph(List.of(Run.bold(label), Run.plain(text)), Style.BODY));
        }

        private void table(String title, List<Column> columns, List<List<Cell>> rows, List<String> notes) {
            String number = "Tabel " + chapter + "." + ++tableNumber;
            blocks.add(new Table(number, title, columns, rows, notes, anchor()));
        }

        private void figure(String title, ReportCharts.Chart chart) {
            String number = "Gambar " + chapter + "." + ++figureNumber;
            blocks.add(new Figure(number, title, chart.png(), chart.width(), chart.height(), anchor()));
        }

        private String anchor() {
            return "bagian-" + ++anchors;
        }

        private static Column column(String header, float width, Align align) {
            return new Column(header, width, align);
        }

        private static List<Cell> pair(String label, String value) {
            return List.of(Cell.of(label), Cell.of(value));
        }

        private static Cell band(IndicatorRow row) {
            return Cell.shaded(orDash(row.bandLabel()), hex(row.bandColour()));
        }

        /** The realisation, marked {@code *} when provisional. */
        private static String realisation(IndicatorRow row) {
            return value(row.realisation()) + (row.provisional() ? "*" : "");
        }

        private static List<String> provisionalNotes(List<IndicatorRow> rows) {
            return rows.stream().anyMatch(IndicatorRow::provisional)
                    ? List.of("* Angka sementara: data belum lengkap untuk seluruh periode.") : List.of();
        }

        /** "Dari 6 indikator: 2 Sangat Baik, 1 Baik, …", in the order of the scale. */
        private String bandSummary(List<IndicatorRow> rows) {
            if (rows.isEmpty()) {
                return "";
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            list(model.scale()).forEach(band -> counts.put(band.label(), 0));
            rows.forEach(row -> counts.merge(orDash(row.bandLabel()), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            counts.forEach((label, count) -> {
                if (count > 0) {
                    parts.add(count + " berpredikat " + label);
                }
            });
            return "Dari " + rows.size() + " indikator kinerja, " + String.join(", ", parts) + ".";
        }

        /** Where a realisation comes from, in words. */
        private static String source(String source) {
            return switch (source) {
                case "COMPUTED" -> "Dihitung dari register dengan aturan";
                case "DERIVED" -> "Diturunkan dari data statistik";
                case "ENTERED" -> "Dimasukkan sesuai dokumen terbit";
                default -> source;
            };
        }

        /** a, b, …, z, aa, ab, … */
        private static String letter(int index) {
            return index < 26 ? String.valueOf((char) ('a' + index)) : letter(index / 26 - 1) + letter(index % 26);
        }

        private static String count(Integer count) {
            return count == null ? "-" : value(BigDecimal.valueOf(count));
        }

        /** The sum of the counts; {@code null} when every count is "-". */
        private static Integer sum(List<Integer> counts) {
            return counts.stream().filter(Objects::nonNull).reduce(Integer::sum).orElse(null);
        }

        /** Percentage points with their sign: {@code +12,30}, {@code -3,05}; {@code -} when absent. */
        private static String signed(BigDecimal value) {
            return value == null ? "-" : (value.signum() > 0 ? "+" : "") + percent(value);
        }

        private static String range(List<Integer> years) {
            if (years.isEmpty()) {
                return "-";
            }
            return years.size() == 1 ? years.get(0).toString() : years.get(0) + "–" + years.get(years.size() - 1);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }

        private static String orDash(String text) {
            return text == null || text.isBlank() ? "-" : text;
        }

        private static <T> List<T> list(List<T> list) {
            return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
        }
    }
}
