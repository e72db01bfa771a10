package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.ReportModel.Narrative;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocxReportTest {

    private static byte[] published;
    private static XWPFDocument document;

    @BeforeAll
    static void render() throws IOException {
        published = DocxReport.render(ReportFixture.published());
        document = open(published);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void evaluationTableIsARealTableWithEveryIndicator() {
        XWPFTable table = tableAfter(document, "Tabel 3.2 Evaluasi capaian indikator kinerja tahun 2025");
        assertEquals(List.of("No", "Kode", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat"),
                cells(table.getRow(0)));
        assertTrue(table.getRow(0).isRepeatHeader(), "header row repeats on each page");
        Map<String, List<String>> rows = table.getRows().stream().map(DocxReportTest::cells).filter(c -> c.size() == 8)
                .collect(Collectors.toMap(c -> c.get(1), c -> c, (a, b) -> a));
        assertEquals(List.of("1", "SAKIP_PD", "Nilai SAKIP Perangkat Daerah", "Nilai", "80", "71,50", "89,38", "Memuaskan"),
                rows.get("SAKIP_PD"));
        assertEquals(List.of("2", "IP_ASN", "Indeks Profesionalitas ASN", "Indeks", "72", "83,04", "115,33", "Memuaskan"),
                rows.get("IP_ASN"));
        assertEquals(List.of("3", "PRODUKTIVITAS_TK", "Produktivitas Tenaga Kerja", "Juta rupiah per pekerja", "57,20",
                "67,98*", "118,85", "Memuaskan"), rows.get("PRODUKTIVITAS_TK"));
        assertEquals(List.of("4", "PERUSAHAAN_LAYAK", "Persentase Perusahaan yang Menerapkan Tata Kelola Kerja yang Layak",
                "%", "2,50", "0", "0,00", "Kurang"), rows.get("PERUSAHAAN_LAYAK"));
        assertEquals(List.of("5", "KOPERASI_BERKUALITAS", "Persentase Koperasi Berkualitas", "%", "71,80", "3,48", "4,85",
                "Kurang"), rows.get("KOPERASI_BERKUALITAS"));
        assertEquals(List.of("6", "UM_WIRAUSAHA", "Persentase Usaha Mikro yang Menjadi Wirausaha Baru", "%", "1,40",
                "0,82", "58,57", "Cukup Baik"), rows.get("UM_WIRAUSAHA"));
        // the band label's cell is shaded with the band's colour
        XWPFTableRow cooperatives = table.getRows().stream().filter(r -> cells(r).contains("KOPERASI_BERKUALITAS"))
                .findFirst().orElseThrow();
        assertEquals("EF5350", cooperatives.getCell(7).getColor());
        // the sasaran rows span the whole table
        assertTrue(table.getRows().stream().anyMatch(r -> r.getTableCells().size() == 1
                && r.getCell(0).getText().startsWith("Sasaran 4: ")));
    }

    @Test
    void entityTableListsTheCooperatives() {
        XWPFTable table = tableAfter(document, "Tabel 3.8 Entitas yang mendasari Persentase Koperasi Berkualitas");
        assertEquals(List.of("No", "Nama", "Dihitung", "RAT 2025", "Volume usaha naik", "Aset naik"), cells(table.getRow(0)));
        assertEquals(55, table.getNumberOfRows());
        long counted = table.getRows().stream().skip(1).filter(r -> r.getCell(2).getText().equals("Ya")).count();
        assertEquals(4, counted);
        assertEquals(List.of("25", "Koperasi Tiong Sejahtera", "Tidak", "Ya", "Tidak ada data", "Ya"),
                cells(table.getRow(25)));
    }

    @Test
    void headingsUseWordHeadingStyles() {
        List<String> chapters = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyleID()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(List.of("IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
                "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN: PEMERIKSAAN KONSISTENSI"), chapters);
        assertEquals("heading 1", document.getStyles().getStyle("Heading1").getName());
        assertEquals("heading 2", document.getStyles().getStyle("Heading2").getName());
        assertTrue(document.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyleID())
                && p.getText().equals("3.2 Capaian Kinerja Tahun 2025")));
        assertTrue(document.getParagraphs().stream().anyMatch(p -> "Heading3".equals(p.getStyleID())
                && p.getText().equals("3.3.5 Persentase Koperasi Berkualitas (KOPERASI_BERKUALITAS)")));
    }

    @Test
    void footerHasAPageField() {
        XWPFFooter footer = document.getFooterList().stream().filter(f -> f.getText().contains("Halaman")).findFirst()
                .orElseThrow();
        String xml = footer._getHdrFtr().xmlText();
        assertTrue(xml.contains("fldCharType=\"begin\""), xml);
        assertTrue(xml.matches("(?s).*<w:instrText[^>]*> PAGE </w:instrText>.*"), xml);
    }

    @Test
    void listsAreFieldsWithTheirEntries() {
        String body = document.getDocument().xmlText();
        assertTrue(body.contains("TOC \\o \"1-3\" \\h \\z \\u"), "table of contents field");
        assertTrue(body.contains("TOC \\h \\z \\t \"Keterangan Tabel,1\""), "list of tables field");
        assertTrue(body.contains("TOC \\h \\z \\t \"Keterangan Gambar,1\""), "list of figures field");
        assertTrue(document.getParagraphs().stream().anyMatch(p -> "TOC2".equals(p.getStyleID())
                && p.getText().equals("3.2 Capaian Kinerja Tahun 2025")));
        List<String> tableCaptions = document.getParagraphs().stream().filter(p -> "KeteranganTabel".equals(p.getStyleID()))
                .map(XWPFParagraph::getText).toList();
        assertTrue(tableCaptions.contains("Tabel 3.1 Skala Capaian Kinerja Kabupaten Belitung Timur"), tableCaptions::toString);
        assertTrue(document.getSettings().getCTSettings().isSetUpdateFields(), "Word updates the fields on opening");
    }

    @Test
    void chartsArePictures() {
        // achievement, six series, absorption
        assertEquals(8, document.getAllPictures().size());
        assertTrue(document.getParagraphs().stream().anyMatch(p -> "KeteranganGambar".equals(p.getStyleID())
                && p.getText().startsWith("Gambar 3.1 Capaian indikator kinerja tahun 2025")));
    }

    @Test
    void publishedDigestOnTheLastPage() {
        List<XWPFParagraph> paragraphs = document.getParagraphs();
        XWPFParagraph last = paragraphs.get(paragraphs.size() - 1);
        assertEquals("Digest SHA-256 versi terbit: " + ReportFixture.DIGEST, last.getText());
        assertTrue(last.isPageBreak());
        assertFalse(text(document).contains(ReportContent.PLACEHOLDER));
    }

    @Test
    void draftIsMarked() throws IOException {
        try (XWPFDocument draft = open(DocxReport.render(ReportFixture.draft()))) {
            String text = text(draft);
            assertTrue(text.contains(ReportContent.PLACEHOLDER));
            assertTrue(draft.getParagraphs().stream().anyMatch(p -> p.getText().equals("DRAF")), "cover");
            assertTrue(draft.getHeaderList().stream().anyMatch(h -> h.getText().contains("DRAF")), "header");
            List<XWPFParagraph> paragraphs = draft.getParagraphs();
            assertEquals("Draf — belum diterbitkan", paragraphs.get(paragraphs.size() - 1).getText());
        }
    }

    @Test
    void sameModelGivesIdenticalBytes() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Jayapura"));
            assertArrayEquals(published, DocxReport.render(ReportFixture.published()));
        } finally {
            TimeZone.setDefault(zone);
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(published))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
            }
        }
        assertEquals(2026 - 1900, document.getProperties().getCoreProperties().getCreated().getYear());
    }

    @Test
    void narrativeMarkupRendersOnlyText() throws IOException {
        List<Narrative> narratives = new ArrayList<>(ReportFixture.narratives());
        narratives.removeIf(n -> n.section().equals("pendahuluan"));
        narratives.add(new Narrative("pendahuluan", "<p>Pendahuluan <b>aman</b><script>alert('xss')</script></p>"
                + "<img src=\"x\" onerror=\"alert(1)\">", "Staf", "-"));
        byte[] docx = DocxReport.render(ReportFixture.withNarratives(narratives));
        try (XWPFDocument word = open(docx)) {
            assertTrue(word.getParagraphs().stream().anyMatch(p -> p.getText().equals("Pendahuluan aman")));
            String xml = word.getDocument().xmlText();
            assertFalse(xml.contains("alert") || xml.contains("onerror") || xml.contains("script"));
            assertEquals(8, word.getAllPictures().size(), "only the charts");
        }
    }

    @Test
    void controlCharactersDoNotBreakTheFile() throws IOException {
        List<Narrative> narratives = new ArrayList<>(ReportFixture.narratives());
        narratives.removeIf(n -> n.section().equals("penutup"));
        narratives.add(new Narrative("penutup", "<p>Penutup\u0001 dengan\u000B karakter kendali</p>", "Staf", "-"));
        try (XWPFDocument word = open(DocxReport.render(ReportFixture.withNarratives(narratives)))) {
            assertTrue(word.getParagraphs().stream().anyMatch(p -> p.getText().equals("Penutup dengan karakter kendali")));
        }
    }

    /** The table that follows the paragraph with this caption. */
    private static XWPFTable tableAfter(XWPFDocument document, String caption) {
        List<IBodyElement> elements = document.getBodyElements();
        for (int i = 0; i < elements.size() - 1; i++) {
            if (elements.get(i) instanceof XWPFParagraph p && p.getText().equals(caption)
                    && elements.get(i + 1) instanceof XWPFTable table) {
                return table;
            }
        }
        throw new AssertionError("no table after " + caption);
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static String text(XWPFDocument document) {
        StringBuilder text = new StringBuilder();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                text.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    private static XWPFDocument open(byte[] docx) throws IOException {
        XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        assertNotNull(document.getStyles());
        return document;
    }
}
