package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.Block.Heading;
import org.akuntabel.reporting.report.Block.Paragraph;
import org.akuntabel.reporting.report.Block.Table;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.akuntabel.reporting.report.ReportFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportContentTest {

    private final ReportContent content = ReportContent.of(ReportFixture.published());

    @Test
    void chaptersInTheOrderOfPermenPanRb53() {
        List<String> chapters = content.contents().stream().filter(h -> h.level() == 1).map(Heading::text).toList();
        assertEquals(List.of("IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
                "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN: PEMERIKSAAN KONSISTENSI"), chapters);
    }

    @Test
    void tablesAndFiguresAreNumberedPerChapter() {
        List<String> numbers = content.tables().stream().map(Table::number).toList();
        assertEquals("Tabel IE.1", numbers.get(0));
        assertTrue(numbers.containsAll(List.of("Tabel 2.1", "Tabel 2.2", "Tabel 3.1", "Tabel 3.2", "Tabel L.1")));
        assertEquals(numbers.size(), numbers.stream().distinct().count(), "unique numbers");
        List<String> figures = content.figures().stream().map(Block.Figure::number).toList();
        assertEquals(List.of("Gambar 3.1", "Gambar 3.2", "Gambar 3.3", "Gambar 3.4", "Gambar 3.5", "Gambar 3.6",
                "Gambar 3.7", "Gambar 3.8"), figures);
        assertEquals(content.blocks().stream().filter(b -> b instanceof Heading).count(), content.blocks().stream()
                .filter(b -> b instanceof Heading).map(b -> ((Heading) b).anchor()).distinct().count(), "unique anchors");
    }

    @Test
    void indonesianFormats() {
        assertEquals("71,50", ReportContent.value(d("71.5")));
        assertEquals("3,48", ReportContent.value(d("3.4800")));
        assertEquals("20.547", ReportContent.value(d("20547.00")));
        assertEquals("0", ReportContent.value(BigDecimal.ZERO));
        assertEquals("-", ReportContent.value(null));
        assertEquals("65,41", ReportContent.percent(d("65.41")));
        assertEquals("0,00", ReportContent.percent(d("0")));
        assertEquals("Rp 6.038.087.336", ReportContent.rupiah(d("6038087336")));
    }

    @Test
    void coloursAndContrast() {
        assertEquals("EF5350", ReportContent.hex("#ef5350"));
        assertNull(ReportContent.hex("merah"));
        assertNull(ReportContent.hex(null));
        assertTrue(ReportContent.isDark("1F5F99"));
        assertFalse(ReportContent.isDark("FFEE58"));
    }

    @Test
    void fixedTimestampFromTheReportYear() {
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), content.timestamp());
    }

    @Test
    void draftPlaceholdersOnlyInADraft() {
        ReportContent draft = ReportContent.of(ReportFixture.draft());
        long placeholders = draft.blocks().stream().filter(b -> b instanceof Paragraph p
                && p.style() == Block.Style.PLACEHOLDER).count();
        // penutup and the three UM_WIRAUSAHA parts are removed; five indicators have no analysis or solution either
        assertTrue(placeholders >= 4, "placeholders: " + placeholders);
        assertEquals(0, content.blocks().stream().filter(b -> b instanceof Paragraph p
                && p.style() == Block.Style.PLACEHOLDER).count());
        assertEquals(ReportContent.UNPUBLISHED, draft.finalStatement());
        assertEquals(ReportContent.DIGEST_LINE + ReportFixture.DIGEST, content.finalStatement());
    }

    @Test
    void babOneShowsTheOrganisationAndTheStaffAndFacilitiesTablesWithTotalsFromTheirLines() {
        List<Table> chapterOne = content.tables().stream().filter(t -> t.number().startsWith("Tabel 1.")).toList();
        assertEquals(List.of("Tabel 1.1 Jumlah Pegawai Berdasarkan Struktur Organisasi", "Tabel 1.2 Jumlah Pegawai Berdasarkan Golongan",
                "Tabel 1.3 Jumlah Pegawai Berdasarkan Eselonisasi", "Tabel 1.4 Jumlah Pegawai Berdasarkan Tingkat Pendidikan",
                "Tabel 1.5 Jumlah Pegawai Berdasarkan Status Kepegawaian", "Tabel 1.6 Jumlah Sarana dan Prasarana"),
                chapterOne.stream().map(Table::caption).toList());
        Table units = chapterOne.get(0);
        assertEquals(List.of("No", "Unit Kerja", "2024", "2025"), units.columns().stream().map(Block.Column::header).toList());
        assertEquals(List.of("Jumlah", "79", "79"), texts(units.rows().get(units.rows().size() - 1)), "computed, not typed in");
        assertEquals(List.of("1", "Kepala", "1", "-"), texts(units.rows().get(0)), "a printed '-' stays '-'");
        Table golongan = chapterOne.get(1);
        assertEquals(List.of("Jumlah", "31", "54"), texts(golongan.rows().get(golongan.rows().size() - 1)));
        Table status = chapterOne.get(4);
        assertEquals(List.of("Jumlah", "59", "54"), texts(status.rows().get(status.rows().size() - 1)));
        Table facilities = chapterOne.get(5);
        assertEquals(7, facilities.rows().size(), "no total over unlike items");
        assertEquals(List.of("Sumber: Subbag Umpeg DTKKUKM Kab. Beltim, Desember 2025"), facilities.notes());

        List<String> sections = content.contents().stream().filter(h -> h.level() == 2 && h.text().startsWith("1.")).map(Heading::text)
                .toList();
        assertEquals(List.of("1.1 Gambaran Umum Organisasi", "1.2 Kepegawaian", "1.3 Sarana dan Prasarana"), sections);
        List<Block.ListItem> items = content.blocks().stream().filter(b -> b instanceof Block.ListItem).map(b -> (Block.ListItem) b)
                .toList();
        Block.ListItem sub = items.stream().filter(i -> i.runs().get(0).text().equals("Sub Bagian Umum dan Kepegawaian"))
                .findFirst().orElseThrow();
        assertEquals(1, sub.depth());
        assertEquals("1)", sub.marker());
        assertTrue(items.stream().anyMatch(i -> i.marker().equals("f.") && i.runs().get(0).text().equals("Kelompok Jabatan Fungsional")));
    }

    @Test
    void theBudgetTableShowsEfficiencyPerSasaranWithItsFormula() {
        Table budget = content.tables().stream().filter(t -> t.title().startsWith("Realisasi anggaran")).findFirst().orElseThrow();
        assertEquals(List.of("Uraian", "Tingkat", "Pagu", "Realisasi", "Penyerapan (%)", "Capaian Kinerja (%)", "Efisiensi"),
                budget.columns().stream().map(Block.Column::header).toList());
        List<String> first = texts(budget.rows().get(0));
        // Sasaran 1: capaian (89,38 + 115,33) ÷ 2 = 102,36; penyerapan 5.201.043.927 ÷ 5.634.586.636 = 92,31 %
        assertEquals("92,31", first.get(4));
        assertEquals("102,36", first.get(5));
        assertEquals("+10,05", first.get(6));
        assertTrue(budget.notes().contains(BudgetEfficiency.FORMULA));
        assertTrue(content.blocks().stream().anyMatch(b -> b instanceof Paragraph p && p.text().contains("Efisiensi = capaian kinerja")));
    }

    private static List<String> texts(List<Block.Cell> row) {
        return row.stream().map(Block.Cell::text).toList();
    }
}
