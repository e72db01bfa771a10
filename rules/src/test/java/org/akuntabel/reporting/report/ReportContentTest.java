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
}
