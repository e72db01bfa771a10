package org.akuntabel.access;

import jakarta.json.JsonObject;
import org.akuntabel.Deployments;
import org.akuntabel.Http;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.akuntabel.Documents.pdfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Web hardening: markup in data is shown as text, answers carry a Content-Security-Policy and the other protective
 * headers, error pages and error answers tell no stack trace, and a data change is in the audit log with before → after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningIT {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aCooperativeNamedLikeAScriptIsShownAsTextAndItsCreationAndRemovalAreAudited() throws IOException {
        Http.Answer created = Http.as(Http.OPERATOR).post(base, "api/v1/agencies/beltim/cooperatives",
                "{\"name\":\"" + SCRIPT + "\",\"status\":\"AKTIF\",\"year\":2025,\"note\":\"uji keamanan\"}");
        assertEquals(201, created.status(), created.body());
        JsonObject cooperative = created.json().asJsonObject();
        long id = cooperative.getJsonNumber("id").longValue();
        try {
            Http.Answer page = Http.as(Http.OPERATOR).get(base, "koperasi.xhtml?agency=beltim&year=2025");
            assertEquals(200, page.status());
            assertFalse(page.body().contains(SCRIPT), "the name is never markup");
            assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is shown as text");
            Http.Answer edit = Http.as(Http.OPERATOR).get(base, "koperasi-ubah.xhtml?agency=beltim&year=2025&id=" + id
                    + "&indicator=KOPERASI_BERKUALITAS");
            assertFalse(edit.body().contains(SCRIPT));

            // the report's entity table prints the name as the text it is, in both files
            assertEquals(200, Http.as(Http.OPERATOR).post(base, "api/v1/agencies/beltim/years/2025/evaluations").status());
            Http.File pdf = Http.as(Http.OPERATOR).download(base, "api/v1/agencies/beltim/years/2025/report.pdf");
            assertEquals(200, pdf.status());
            assertTrue(pdfText(pdf.bytes()).contains(SCRIPT), "the PDF shows the name as written");
            Http.File docx = Http.as(Http.OPERATOR).download(base, "api/v1/agencies/beltim/years/2025/report.docx");
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
                assertTrue(document.getTables().stream().anyMatch(t -> t.getText().contains(SCRIPT)),
                        "the DOCX table cell holds the name as text");
            }
        } finally {
            assertEquals(204, Http.as(Http.OPERATOR).delete(base, "api/v1/agencies/beltim/cooperatives/" + id + "?version="
                    + cooperative.getJsonNumber("version").longValue()).status());
        }
        var history = Http.as(Http.AUDITOR).get(base, "api/v1/audit?agency=beltim&entity=Cooperative&entityId=" + id).json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals("CREATE", history.get(0).getString("action"));
        assertEquals("operator.beltim", history.get(0).getString("username"));
        assertTrue(history.get(0).getString("after").contains("alert(1)"), history.get(0).toString());
        assertTrue(history.stream().anyMatch(h -> h.getString("action").equals("DELETE") && h.getString("before").contains("alert(1)")),
                "the removal keeps what was removed");
        assertTrue(history.stream().anyMatch(h -> h.getString("entityType").equals("CooperativeYear")
                && h.getString("owner").equals("Cooperative:" + id)), "the yearly record belongs to the cooperative's history");
        String csv = new String(Http.as(Http.AUDITOR).download(base, "api/v1/audit/export.csv?agency=beltim&entity=Cooperative&entityId=" + id)
                .bytes(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("seq,recordedAt,user,action,"), csv);
        assertTrue(csv.contains("operator.beltim"));
    }

    @Test
    void answersCarryAContentSecurityPolicyAndNoFraming() {
        Http.File api = Http.download(base, "api/v1/agencies");
        assertEquals("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'", api.header("Content-Security-Policy"));
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        Http.File page = Http.download(base, "index.xhtml?agency=beltim&year=2025");
        assertEquals(200, page.status());
        String policy = page.header("Content-Security-Policy");
        assertNotNull(policy, "pages have a policy (PrimeFaces, with a nonce)");
        assertTrue(policy.contains("script-src") && policy.contains("nonce-"), policy);
        assertEquals("DENY", page.header("X-Frame-Options"));
        Http.File login = Http.anonymous().download(base, "login.xhtml");
        assertNotNull(login.header("Content-Security-Policy"), "the sign-in page too");
    }

    @Test
    void errorsTellNoStackTrace() {
        Http.Answer page = Http.get(base, "indikator.xhtml?agency=beltim&year=2025&code=TIDAK_ADA");
        assertEquals(404, page.status());
        assertFalse(page.body().contains("Exception") || page.body().contains("at org."), page.body());
        Http.Answer forbidden = Http.as(Http.OPERATOR).get(base, "audit.xhtml");
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.body().contains("Akses ditolak"), "the error page says why");
        assertFalse(forbidden.body().contains("Exception"));
        Http.Answer badJson = Http.post(base, "api/v1/agencies", "{not json");
        assertEquals(400, badJson.status());
        assertFalse(badJson.body().contains("at org."), badJson.body());
    }
}
