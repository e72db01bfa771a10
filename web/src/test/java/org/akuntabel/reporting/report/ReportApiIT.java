package org.akuntabel.reporting.report;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import org.akuntabel.Deployments;
import org.akuntabel.Http;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Laporan Kinerja over REST: the draft PDF and DOCX carry the evaluation table with the computed figures,
 * the same data and rules give the same file and digest, and a published version never changes afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

    private static final String YEAR = "api/v1/agencies/beltim/years/2025/";
    private static final List<String> CODES = List.of("SAKIP_PD", "IP_ASN", "PRODUKTIVITAS_TK", "PERUSAHAAN_LAYAK",
            "KOPERASI_BERKUALITAS", "UM_WIRAUSAHA");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theDraftPdfAndDocxCarryTheEvaluationTableAndTheSameDataGiveTheSameFiles() throws IOException {
        Http.File pdf = Http.download(base, YEAR + "report.pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        String text = pdfText(pdf.bytes());
        CODES.forEach(code -> assertTrue(text.contains(code), code + " in the PDF"));
        assertTrue(text.contains("Evaluasi") && text.contains("3,48") && text.contains("4,85") && text.contains("71,50"),
                "computed figures in Indonesian format");
        assertTrue(text.contains("Draf — belum diterbitkan") || text.contains("DRAF"), "marked as a draft");

        Http.File again = Http.download(base, YEAR + "report.pdf");
        assertEquals(pdf.header("X-Report-Digest"), again.header("X-Report-Digest"));
        assertArrayEquals(pdf.bytes(), again.bytes(), "same data and rules, same bytes");

        Http.File docx = Http.download(base, YEAR + "report.docx");
        assertEquals(200, docx.status());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            XWPFTable evaluation = document.getTables().stream()
                    .filter(t -> CODES.stream().allMatch(code -> t.getText().contains(code)) && t.getText().contains("3,48"))
                    .findFirst().orElseThrow(() -> new AssertionError("no DOCX table with the six indicators"));
            assertTrue(evaluation.getNumberOfRows() >= 7, "a header and six indicator rows");
        }
        assertEquals(pdf.header("X-Report-Digest"), docx.header("X-Report-Digest"), "one content, one digest");
    }

    @Test
    void aPublishedVersionKeepsItsDigestAndFilesWhileANewDraftShowsTheChange() {
        Http.Answer narrative = Http.put(base, YEAR + "report/narratives/KOPERASI_BERKUALITAS.analisis",
                "{\"markup\":\"<p>Hanya <strong>4</strong> koperasi memenuhi ketiga kriteria.</p><script>x()</script>\",\"author\":\"operator\"}");
        assertEquals(200, narrative.status(), narrative.body());
        assertEquals("<p>Hanya <strong>4</strong> koperasi memenuhi ketiga kriteria.</p>",
                narrative.json().asJsonObject().getString("markup"));

        Http.Answer published = Http.post(base, YEAR + "report/versions", "{\"author\":\"pimpinan\"}");
        assertEquals(201, published.status(), published.body());
        JsonObject version = published.json().asJsonObject();
        String digest = version.getString("digest");
        int number = version.getInt("version");
        byte[] pdf = Http.download(base, YEAR + "report/versions/" + number + ".pdf").bytes();
        assertTrue(pdfText(pdf).contains(digest), "the digest is printed on the last page");
        assertEquals(digest, Http.download(base, YEAR + "report.pdf").header("X-Report-Digest"), "nothing changed yet");

        // a data edit: the fourth quarter of PDRB ends the productivity figure's provisional state
        Http.Answer figure = Http.post(base, "api/v1/agencies/beltim/figures", "{\"code\":\"PDRB_ADHK\",\"year\":2025,"
                + "\"part\":\"Triwulan IV\",\"value\":1600,\"unit\":\"miliar rupiah\",\"document\":\"BPS\",\"location\":\"BRS\"}");
        assertEquals(201, figure.status(), figure.body());
        try {
            assertNotEquals(digest, Http.download(base, YEAR + "report.pdf").header("X-Report-Digest"), "a new draft shows the change");
            assertArrayEquals(pdf, Http.download(base, YEAR + "report/versions/" + number + ".pdf").bytes(), "the published file is kept");
            JsonObject listed = Http.get(base, YEAR + "report/versions").json().asJsonArray().getJsonObject(number - 1);
            assertEquals(digest, listed.getString("digest"));
        } finally {
            JsonObject added = figure.json().asJsonObject();
            assertEquals(204, Http.delete(base, "api/v1/agencies/beltim/figures/" + added.getJsonNumber("id").longValue()
                    + "?version=" + added.getJsonNumber("version").longValue()).status());
        }
        Http.Answer correction = Http.post(base, YEAR + "report/versions", "{\"author\":\"pimpinan\"}");
        assertEquals(422, correction.status(), "a correction needs its reason");
        assertEquals(200, Http.get(base, "laporan.xhtml?agency=beltim&year=2025").status());
    }

    private static String pdfText(byte[] bytes) {
        try {
            PdfReader reader = new PdfReader(bytes);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
