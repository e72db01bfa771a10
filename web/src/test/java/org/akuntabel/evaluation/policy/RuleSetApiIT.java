package org.akuntabel.evaluation.policy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.akuntabel.Deployments;
import org.akuntabel.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule sets changed at runtime over REST: an invalid draft is refused with its line and changes nothing; a
 * draft's what-if shows what it would do; activation waits for passing tests; a scale activated for 2026
 * leaves 2025 as it was.
 */
@ExtendWith(ArquillianExtension.class)
class RuleSetApiIT {

    private static final String INDICATORS_2025 = "api/v1/agencies/beltim/years/2025/indicators";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void anInvalidDraftIsRefusedWithItsLineAndTheIndicatorsStayAsTheyWere() {
        String before = Http.get(base, INDICATORS_2025).body();
        String text = shipped("koperasi-berkualitas").replace("ratYear == reportingYear,", "ratYear == reportingYear,,");
        int line = lineOf(text, ",,");
        Http.Answer refused = Http.postText(base, "api/v1/rulesets/koperasi-berkualitas/drafts", text);
        assertEquals(422, refused.status(), refused.body());
        JsonObject error = refused.json().asJsonObject().getJsonArray("errors").getJsonObject(0);
        assertEquals(line, error.getInt("line"), refused.body());
        assertTrue(error.getString("message").contains("sintaks"), error.getString("message"));

        Http.Answer malicious = Http.postText(base, "api/v1/rulesets/koperasi-berkualitas/drafts",
                shipped("koperasi-berkualitas").replace("insert(new CriterionFinding($k, \"ASET_NAIK\", Outcome.MET,",
                        "System.exit(1); insert(new CriterionFinding($k, \"ASET_NAIK\", Outcome.MET,"));
        assertEquals(422, malicious.status(), "a consequence calling System.exit is refused before it can run");
        assertEquals(before, Http.get(base, INDICATORS_2025).body(), "nothing changed");
    }

    @Test
    void aDraftCountingEveryCooperativeThatHeldItsRatIsPreviewedButNotActivatedWhileItsTestsFail() {
        String text = shipped("koperasi-berkualitas");
        String ratOnly = text.substring(0, text.indexOf("// Kriteria 2"));
        ratOnly = ratOnly.substring(0, ratOnly.lastIndexOf("// ----"));
        Http.Answer created = Http.postText(base, "api/v1/rulesets/koperasi-berkualitas/drafts?author=staf%20uji", ratOnly);
        assertEquals(201, created.status(), created.body());
        long draft = created.json().asJsonObject().getJsonNumber("draftId").longValue();

        JsonObject answer = Http.post(base, "api/v1/rulesets/koperasi-berkualitas/drafts/" + draft + "/whatif?agency=beltim&year=2025")
                .json().asJsonObject();
        JsonObject cooperatives = answer.getJsonArray("indicators").getJsonObject(0);
        assertEquals("KOPERASI_BERKUALITAS", cooperatives.getString("code"));
        assertNumber("4", cooperatives.getJsonObject("before"), "numerator");
        assertNumber("3.48", cooperatives.getJsonObject("before"), "realisation");
        assertEquals("D", cooperatives.getJsonObject("before").getString("band"));
        assertNumber("54", cooperatives.getJsonObject("after"), "numerator");
        assertNumber("46.96", cooperatives.getJsonObject("after"), "realisation");     // the seed's published figure
        assertNumber("65.41", cooperatives.getJsonObject("after"), "achievement");
        assertEquals("B", cooperatives.getJsonObject("after").getString("band"));
        JsonArray flipped = cooperatives.getJsonArray("flipped");
        assertEquals(50, flipped.size());
        JsonObject first = flipped.getJsonObject(0);
        assertTrue(!first.getBoolean("countedBefore") && first.getBoolean("countedAfter"));
        assertTrue(first.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("criterion").equals("ASET_NAIK") && c.isNull("after")), first.toString());

        JsonObject tests = Http.post(base, "api/v1/rulesets/koperasi-berkualitas/drafts/" + draft + "/tests").json().asJsonObject();
        assertTrue(!tests.getBoolean("passed"), "the shipped cases expect volume and asset findings");
        Http.Answer activation = Http.post(base, "api/v1/rulesets/koperasi-berkualitas/drafts/" + draft + "/activate?effectiveFrom=2025");
        assertEquals(422, activation.status(), activation.body());
        JsonObject indicator = Http.get(base, INDICATORS_2025 + "/KOPERASI_BERKUALITAS").json().asJsonObject();
        assertNumber("3.48", indicator, "realisation");
    }

    @Test
    void aScaleActivatedFor2026LeavesThe2025ResultsAndTheOldVersionCanBePutBack() {
        String before = Http.get(base, INDICATORS_2025).body();
        JsonObject view = Http.get(base, "api/v1/rulesets/skala-capaian-beltim").json().asJsonObject();
        String shippedVersion = view.getString("shippedVersion");
        String changed = shipped("skala-capaian-beltim").replace("\"AA\", \"Memuaskan\"", "\"AA\", \"Sangat Memuaskan\"");
        String body = Json.createObjectBuilder().add("text", changed).add("author", "staf uji")
                .add("note", "label AA diganti mulai 2026").build().toString();
        Http.Answer created = Http.post(base, "api/v1/rulesets/skala-capaian-beltim/drafts", body);
        assertEquals(201, created.status(), created.body());
        long draft = created.json().asJsonObject().getJsonNumber("draftId").longValue();
        assertTrue(Http.post(base, "api/v1/rulesets/skala-capaian-beltim/drafts/" + draft + "/tests").json().asJsonObject()
                .getBoolean("passed"));

        String draftPath = "api/v1/rulesets/skala-capaian-beltim/drafts/" + draft;
        Http.Answer unapproved = Http.post(base, draftPath + "/activate?effectiveFrom=2026");
        assertEquals(422, unapproved.status(), "activation waits for a second person's approval: " + unapproved.body());
        assertEquals(403, Http.post(base, draftPath + "/approve").status(), "the author (admin) cannot approve the own draft");
        assertEquals(403, Http.as(Http.OPERATOR).post(base, draftPath + "/approve").status(), "an operator approves no rule");
        Http.Answer approved = Http.as(Http.KEBIJAKAN).post(base, draftPath + "/approve");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("admin", approved.json().asJsonObject().getString("author"), "the author is who submitted, whatever the body says");
        assertEquals("kebijakan", approved.json().asJsonObject().getString("approvedBy"));

        Http.Answer activated = Http.post(base, draftPath + "/activate?effectiveFrom=2026");
        assertEquals(201, activated.status(), activated.body());
        assertEquals(before, Http.get(base, INDICATORS_2025).body(), "2025 keeps the version in force for 2025");

        JsonObject after = Http.get(base, "api/v1/rulesets/skala-capaian-beltim").json().asJsonObject();
        assertEquals(created.json().asJsonObject().getString("version"), after.getJsonArray("activations").getJsonObject(0).getString("version"));
        assertEquals(2026, after.getJsonArray("activations").getJsonObject(0).getInt("effectiveFrom"));
        String diff = Http.get(base, "api/v1/rulesets/skala-capaian-beltim/diff?from=" + shippedVersion + "&to="
                + created.json().asJsonObject().getString("version")).body();
        assertTrue(diff.contains("+    insert(new BandAssignment(\"AA\", \"Sangat Memuaskan\""), diff);

        Http.Answer back = Http.post(base, "api/v1/rulesets/skala-capaian-beltim/versions/" + shippedVersion + "/activate?effectiveFrom=2026");
        assertEquals(201, back.status(), back.body());
        JsonObject log = Http.get(base, "api/v1/rulesets/skala-capaian-beltim?year=2026").json().asJsonObject();
        assertEquals(view.getJsonArray("activations").size() + 2, log.getJsonArray("activations").size(),
                "putting the old version back is a new activation");
        assertEquals(shippedVersion, log.getString("activeVersion"));
    }

    private static String shipped(String name) {
        try (InputStream in = RuleSetApiIT.class.getClassLoader().getResourceAsStream("rulesets/" + name + "/" + name + ".drl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(needle);
    }

    private static void assertNumber(String expected, JsonObject object, String field) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(field).bigDecimalValue()),
                field + " in " + object);
    }
}
