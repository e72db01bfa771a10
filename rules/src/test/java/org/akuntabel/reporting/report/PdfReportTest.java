package org.akuntabel.reporting.report;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.SimpleBookmark;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.akuntabel.reporting.report.ReportModel.Narrative;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfReportTest {

    private static byte[] published;
    private static List<String> pages;

    @BeforeAll
    static void render() throws IOException {
        published = PdfReport.render(ReportFixture.published());
        pages = pages(published);
    }

    @Test
    void isAPdf() {
        assertEquals("%PDF-", new String(published, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertTrue(pages.size() > 15, "pages: " + pages.size());
    }

    @Test
    void evaluationTableHasEveryIndicatorWithIndonesianFigures() {
        String evaluation = pages.stream().filter(p -> p.contains("Tabel 3.2 Evaluasi capaian indikator kinerja tahun 2025")
                && p.contains("SAKIP_PD")).findFirst().map(PdfReportTest::flat).orElseThrow();
        String table = evaluation.substring(evaluation.lastIndexOf("Predikat"));
        assertRow(table, "1 SAKIP_PD", "Nilai SAKIP Perangkat Daerah", "Nilai 80 71,50 89,38 Memuaskan");
        assertRow(table, "2 IP_ASN", "Indeks Profesionalitas ASN", "Indeks 72 83,04 115,33 Memuaskan");
        assertRow(table, "3 PRODUKTIVITAS_TK", "Produktivitas Tenaga Kerja", "57,20 67,98* 118,85 Memuaskan");
        assertRow(table, "4 PERUSAHAAN_LAYAK", "Persentase Perusahaan yang Menerapkan Tata Kelola Kerja yang Layak",
                "% 2,50 0 0,00 Kurang");
        assertRow(table, "5 KOPERASI_BERKUALITAS", "Persentase Koperasi Berkualitas", "% 71,80 3,48 4,85 Kurang");
        assertRow(table, "6 UM_WIRAUSAHA", "Persentase Usaha Mikro yang Menjadi Wirausaha Baru",
                "% 1,40 0,82 58,57 Cukup Baik");
        assertTrue(evaluation.contains("* Angka sementara"), "provisional note");
    }

    @Test
    void figuresAreInIndonesianFormat() {
        String all = flat(String.join("\n", pages));
        assertTrue(all.contains("capaian 65,41%"), "published achievement of the cooperatives");
        assertTrue(all.contains("4 ÷ 115 × 100 = 3,48"), "arithmetic with the actual numbers");
        assertTrue(all.contains("Rp 5.634.586.636"), "rupiah");
        assertTrue(all.contains("penyerapan 90,31%"), "absorption");
        assertTrue(all.contains("4 dari 54 entitas memenuhi semua kriteria"), "entities");
        assertTrue(all.contains("Koperasi Guyub Makmur Belitung Timur"), "entity table");
        assertFalse(all.contains("3.48") || all.contains("65.41"), "no decimal points");
    }

    @Test
    void chaptersCaptionsAndLists() {
        String all = flat(String.join("\n", pages));
        for (String heading : List.of("IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
                "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN: PEMERIKSAAN KONSISTENSI", "DAFTAR ISI",
                "DAFTAR TABEL", "DAFTAR GAMBAR")) {
            assertTrue(all.contains(heading), heading);
        }
        for (String caption : List.of("Tabel IE.1", "Tabel 2.1", "Tabel 3.1 Skala Capaian", "Tabel 3.2 Evaluasi",
                "Tabel 3.3", "Gambar 3.1", "Gambar 3.2", "Tabel L.1 Hasil pemeriksaan konsistensi")) {
            assertTrue(all.contains(caption), caption);
        }
        assertTrue(all.contains("LABEL_BERTENTANGAN_SKALA") && all.contains("JUMLAH_TABEL"), "checks");
    }

    @Test
    void tableOfContentsGivesThePagesTheChaptersAreOn() {
        String contents = flat(pages.get(1));
        assertTrue(contents.startsWith("DAFTAR ISI"), contents);
        for (String chapter : List.of("BAB I PENDAHULUAN", "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP")) {
            int page = chapterPage(chapter);
            assertTrue(contents.contains(chapter + page), chapter + " on page " + page + ": " + contents);
        }
        String tables = pages.stream().map(PdfReportTest::flat).filter(p -> p.startsWith("DAFTAR TABEL")).findFirst()
                .orElseThrow();
        int evaluationPage = 0;
        for (int i = 4; i < pages.size(); i++) {
            if (pages.get(i).contains("Tabel 3.2 Evaluasi")) {
                evaluationPage = i + 1;
                break;
            }
        }
        assertTrue(tables.contains("Tabel 3.2 Evaluasi capaian indikator kinerja tahun 2025" + evaluationPage), tables);
    }

    @Test
    void lastPageStatesTheDigest() {
        String last = flat(pages.get(pages.size() - 1));
        assertTrue(last.startsWith("Digest SHA-256 versi terbit: " + ReportFixture.DIGEST), last);
        String all = String.join("\n", pages);
        assertFalse(all.contains(ReportContent.PLACEHOLDER), "no placeholders in a published report");
        assertFalse(all.contains("DRAF"), "no draft mark");
    }

    @Test
    void draftIsMarkedAndShowsEmptyNarratives() throws IOException {
        List<String> draft = pages(PdfReport.render(ReportFixture.draft()));
        assertTrue(flat(draft.get(0)).contains("DRAF"), "cover");
        assertTrue(flat(draft.get(draft.size() - 1)).contains("Draf — belum diterbitkan"));
        String all = flat(String.join("\n", draft));
        assertTrue(all.contains("BAB IV PENUTUP [Belum diisi]"), "empty penutup shown as placeholder");
        assertTrue(all.contains("Analisis [Belum diisi]"), "empty indicator narrative");
    }

    @Test
    void publishedReportLeavesEmptyNarrativesOut() throws IOException {
        List<Narrative> narratives = new ArrayList<>(ReportFixture.narratives());
        narratives.removeIf(n -> n.section().equals("penutup"));
        String all = flat(String.join("\n", pages(PdfReport.render(ReportFixture.withNarratives(narratives)))));
        assertFalse(all.contains(ReportContent.PLACEHOLDER));
        assertFalse(all.contains("Capaian yang belum memenuhi target"));
    }

    @Test
    void sameModelGivesIdenticalBytes() {
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Jakarta"));
            byte[] again = PdfReport.render(ReportFixture.published());
            assertArrayEquals(published, again);
        } finally {
            TimeZone.setDefault(zone);
        }
        assertArrayEquals(PdfReport.render(ReportFixture.draft()), PdfReport.render(ReportFixture.draft()));
    }

    @Test
    void datesAndIdentifierComeFromTheModel() throws IOException {
        PdfReader reader = new PdfReader(published);
        try {
            PdfDictionary info = reader.getTrailer().getAsDict(PdfName.INFO);
            assertEquals("D:20260101000000Z", info.getAsString(PdfName.CREATIONDATE).toString());
            assertEquals("D:20260101000000Z", info.getAsString(PdfName.MODDATE).toString());
            assertEquals("Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah Kabupaten Belitung Timur",
                    info.getAsString(PdfName.AUTHOR).toUnicodeString());
            assertTrue(reader.getTrailer().contains(PdfName.ID));
        } finally {
            reader.close();
        }
    }

    @Test
    void narrativeMarkupRendersOnlyText() throws IOException {
        List<Narrative> narratives = new ArrayList<>(ReportFixture.narratives());
        narratives.removeIf(n -> n.section().equals("pendahuluan"));
        narratives.add(new Narrative("pendahuluan", "<p>Pendahuluan aman<script>alert('xss')</script></p>"
                + "<img src=\"x\" onerror=\"alert(1)\"><iframe src=\"https://contoh.invalid\"></iframe>", "Staf", "-"));
        String all = flat(String.join("\n", pages(PdfReport.render(ReportFixture.withNarratives(narratives)))));
        assertTrue(all.contains("BAB I PENDAHULUAN Pendahuluan aman"), all);
        assertFalse(all.contains("alert") || all.contains("onerror") || all.contains("<script") || all.contains("<img"));
    }

    @Test
    void chaptersAndSectionsAreBookmarks() throws IOException {
        PdfReader reader = new PdfReader(published);
        try {
            List<Map<String, Object>> bookmarks = SimpleBookmark.getBookmarkList(reader);
            List<Object> titles = bookmarks.stream().map(b -> b.get("Title")).toList();
            assertEquals(List.of("IKHTISAR EKSEKUTIF", "BAB I PENDAHULUAN", "BAB II PERENCANAAN DAN PERJANJIAN KINERJA",
                    "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN: PEMERIKSAAN KONSISTENSI"), titles);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> sections = (List<Map<String, Object>>) bookmarks.get(3).get("Kids");
            assertEquals("3.1 Skala Pengukuran Capaian", sections.get(0).get("Title"));
        } finally {
            reader.close();
        }
    }

    @Test
    void chartPixelsAreCopiedNotRecompressed() throws IOException {
        ReportCharts.Chart chart = ReportCharts.achievement(ReportFixture.indicators());
        Image image = PdfReport.image(chart.png());
        assertTrue(image.isImgRaw() && image.isDeflated(), "PNG data taken as it is");
        assertEquals(chart.width() * ReportCharts.SCALE, (int) image.getWidth());
        assertEquals(chart.height() * ReportCharts.SCALE, (int) image.getHeight());
        // any other PNG (here: with an alpha channel) goes through OpenPDF's decoder
        BufferedImage argb = new BufferedImage(4, 3, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(argb, "png", png);
        Image decoded = PdfReport.image(png.toByteArray());
        assertFalse(decoded.isDeflated());
        assertEquals(4, (int) decoded.getWidth());
    }

    private static void assertRow(String table, String start, String name, String figures) {
        int at = table.indexOf(start + " ");
        assertTrue(at >= 0, start + " in " + table);
        String row = table.substring(at, Math.min(table.length(), at + start.length() + name.length() + figures.length() + 40));
        assertTrue(row.contains(name), name + " in " + row);
        assertTrue(row.contains(figures), figures + " in " + row);
    }

    /** The page whose first line is the chapter's heading. */
    private static int chapterPage(String chapter) {
        for (int i = 4; i < pages.size(); i++) {
            if (flat(pages.get(i)).startsWith(chapter)) {
                return i + 1;
            }
        }
        throw new AssertionError(chapter + " not found");
    }

    /** The text with every run of white space as one space. */
    static String flat(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    static List<String> pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(extractor.getTextFromPage(i));
            }
            return pages;
        } finally {
            reader.close();
        }
    }
}
