package org.akuntabel.reporting.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
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
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.util.List;

import static org.akuntabel.Documents.pdfText;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Laporan Kinerja over REST: the draft PDF and DOCX carry the evaluation table with the computed figures,
 * the same data and rules give the same file and digest, and a published version never changes afterwards — neither
 * after a data edit nor after a rule change — while a new draft shows the change. BAB I comes from the agency's
 * profile data (organisation, staff and facilities tables), and the budget shows efficiency per sasaran.
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

        // the indicators evaluated first, then the draft, so that no single request does all the work
        assertEquals(200, Http.get(base, YEAR + "indicators").status());
        String before = Http.download(base, YEAR + "report.pdf").header("X-Report-Digest");
        Http.Answer published = Http.post(base, YEAR + "report/versions", "{\"author\":\"pimpinan\"}");
        assertEquals(201, published.status(), published.body());
        JsonObject version = published.json().asJsonObject();
        String digest = version.getString("digest");
        int number = version.getInt("version");
        byte[] pdf = Http.download(base, YEAR + "report/versions/" + number + ".pdf").bytes();
        assertTrue(pdfText(pdf).contains(digest), "the digest is printed on the last page");
        assertEquals(before, digest, "the published digest is the draft's");
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
        byte[] docx = Http.download(base, YEAR + "report/versions/" + number + ".docx").bytes();

        // a rule change: a cooperative counts when it held its RAT in 2025 (the seed's reading, 54 of 115), tested
        // and activated for 2025 over the rule-set REST
        String shippedVersion = Http.get(base, "api/v1/rulesets/koperasi-berkualitas").json().asJsonObject().getString("shippedVersion");
        String text = resource("rulesets/koperasi-berkualitas/koperasi-berkualitas.drl");
        String ratOnly = text.substring(0, text.indexOf("// Kriteria 2"));
        ratOnly = ratOnly.substring(0, ratOnly.lastIndexOf("// ----"));
        Http.Answer draft = Http.as(Http.KEBIJAKAN).post(base, "api/v1/rulesets/koperasi-berkualitas/drafts", Json.createObjectBuilder()
                .add("text", ratOnly).add("testCases", ratOnlyCases())
                .add("note", "hanya RAT tahun berjalan").build().toString());
        assertEquals(201, draft.status(), draft.body());
        long draftId = draft.json().asJsonObject().getJsonNumber("draftId").longValue();
        JsonObject tests = Http.post(base, "api/v1/rulesets/koperasi-berkualitas/drafts/" + draftId + "/tests").json().asJsonObject();
        assertTrue(tests.getBoolean("passed"), tests.toString());
        assertEquals(200, Http.post(base, "api/v1/rulesets/koperasi-berkualitas/drafts/" + draftId + "/approve").status(),
                "a second person (admin) approves the policy staff's draft");
        Http.Answer activated = Http.post(base, "api/v1/rulesets/koperasi-berkualitas/drafts/" + draftId + "/activate?effectiveFrom=2025");
        assertEquals(201, activated.status(), activated.body());
        try {
            Http.File changed = Http.download(base, YEAR + "report.pdf");
            assertNotEquals(digest, changed.header("X-Report-Digest"), "a new draft shows the rule change");
            assertTrue(pdfText(changed.bytes()).contains("46,96"), "54 of 115 cooperatives under the new rule");
            assertArrayEquals(pdf, Http.download(base, YEAR + "report/versions/" + number + ".pdf").bytes(), "the published PDF is kept");
            assertArrayEquals(docx, Http.download(base, YEAR + "report/versions/" + number + ".docx").bytes(), "the published DOCX is kept");
            assertEquals(digest, Http.get(base, YEAR + "report/versions").json().asJsonArray().getJsonObject(number - 1).getString("digest"));
        } finally {
            Http.Answer back = Http.post(base, "api/v1/rulesets/koperasi-berkualitas/versions/" + shippedVersion + "/activate?effectiveFrom=2025");
            assertEquals(201, back.status(), back.body());
        }
        assertTrue(pdfText(Http.download(base, YEAR + "report.pdf").bytes()).contains("3,48"), "the shipped rule is back");

        Http.Answer correction = Http.post(base, YEAR + "report/versions", "{\"author\":\"pimpinan\"}");
        assertEquals(422, correction.status(), "a correction needs its reason");
        assertEquals(200, Http.get(base, "laporan.xhtml?agency=beltim&year=2025").status());
    }

    @Test
    void babOneComesFromTheProfileDataAndTheChecksFindTheStaffTablesThatDisagree() {
        JsonObject staff = Http.get(base, YEAR + "staff").json().asJsonObject();
        assertEquals(5, staff.getJsonArray("tables").size(), staff.toString());
        JsonObject units = staff.getJsonArray("tables").getJsonObject(0);
        assertEquals("UNIT", units.getString("kind"));
        assertEquals(79, units.getInt("total"), "computed from the lines");
        JsonObject golongan = staff.getJsonArray("tables").getJsonObject(1);
        assertEquals(54, golongan.getInt("total"));
        assertEquals(54, golongan.getInt("printedTotal"));
        assertEquals(7, Http.get(base, YEAR + "facilities").json().asJsonObject().getJsonArray("tables").getJsonObject(0)
                .getJsonArray("lines").size());
        JsonObject organisation = Http.get(base, "api/v1/agencies/beltim/organisation").json().asJsonObject();
        assertEquals(8, organisation.getJsonArray("units").size());
        assertEquals("Sekretariat", organisation.getJsonArray("units").getJsonObject(2).getString("parent"));

        String checks = Http.get(base, YEAR + "checks").body();
        assertTrue(checks.contains("Jumlah pegawai 2025 berbeda antar tabel kepegawaian: menurut unit kerja 79, menurut golongan 54,"
                + " menurut tingkat pendidikan 58, menurut status kepegawaian 54"), checks);
        assertTrue(checks.contains("Jumlah pegawai 2024 berbeda antar tabel kepegawaian: menurut unit kerja 79, menurut golongan 31,"
                + " menurut tingkat pendidikan 58, menurut status kepegawaian 59"), checks);

        Http.Answer refused = Http.put(base, YEAR + "facilities", "{\"version\":" + Http.get(base, YEAR + "facilities").json()
                .asJsonObject().getJsonNumber("version").longValue() + ",\"tables\":[{\"lines\":[{\"category\":\"Printer\","
                + "\"count\":4},{\"category\":\"Laptop/PC\",\"count\":2.5}]}]}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("tables[0].lines[1].count"), refused.body());
        assertEquals(7, Http.get(base, YEAR + "facilities").json().asJsonObject().getJsonArray("tables").getJsonObject(0)
                .getJsonArray("lines").size(), "nothing stored is lost");
        Http.Answer stale = Http.put(base, YEAR + "staff", "{\"version\":1,\"tables\":[]}");
        assertEquals(409, stale.status(), stale.body());

        String text = pdfText(Http.download(base, YEAR + "report.pdf").bytes());
        for (String expected : List.of("Gambaran Umum Organisasi", "Sub Bagian Keuangan, Perencanaan dan Pelaporan",
                "Tabel 1.2 Jumlah Pegawai Berdasarkan Golongan", "Tabel 1.6 Jumlah Sarana dan Prasarana", "Efisiensi",
                "Efisiensi = capaian kinerja")) {
            assertTrue(text.contains(expected), expected + " in the PDF");
        }
    }

    /** The shipped test cases of koperasi-berkualitas, expecting only the RAT finding and counting on it alone. */
    private static String ratOnlyCases() {
        JsonObject shipped;
        try (JsonReader reader = Json.createReader(new StringReader(resource("rulesets/koperasi-berkualitas/tests.json")))) {
            shipped = reader.readObject();
        }
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (JsonObject c : shipped.getJsonArray("cases").getValuesAs(JsonObject.class)) {
            String rat = c.getJsonObject("expected").getString("RAT_TAHUN_BERJALAN");
            cases.add(Json.createObjectBuilder(c).add("expected", Json.createObjectBuilder().add("RAT_TAHUN_BERJALAN", rat))
                    .add("counted", "MET".equals(rat)));
        }
        return Json.createObjectBuilder(shipped).add("cases", cases).build().toString();
    }

    private static String resource(String name) {
        try (InputStream in = ReportApiIT.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
