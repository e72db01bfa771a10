package org.akuntabel.evaluation.batch;

import jakarta.json.JsonObject;
import org.akuntabel.Deployments;
import org.akuntabel.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The batch evaluation of a register (issue 8) on the demo agency's cooperatives, against what the indicator
 * KOPERASI_BERKUALITAS stores for the same year: the job judges every cooperative, stores each one's findings exactly
 * once, completes with the indicator's 4 of 54, and a second run on the same data and rules gives the same trace.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchEvaluationIT {

    private static final String RUNS = "api/v1/batch-evaluations";
    private static final String START = "{\"register\":\"koperasi\",\"year\":2025,\"scope\":\"beltim\"}";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aRunJudgesEveryCooperativeAsTheIndicatorDoesAndARerunGivesTheSameTrace() {
        Http.Answer started = Http.as(Http.KEBIJAKAN).post(base, RUNS, START);
        assertEquals(202, started.status(), started.body());
        long first = started.json().asJsonObject().getJsonNumber("id").longValue();
        JsonObject run = completed(first);
        assertEquals(54, run.getInt("total"));
        assertEquals(54, run.getInt("done"));
        assertEquals(54, run.getInt("stored"), "every cooperative stored exactly once");
        assertEquals(4, run.getInt("counted"), "4 of the 54 listed cooperatives meet every criterion (Tabel 3.13)");
        assertEquals("koperasi-berkualitas", run.getString("ruleSet"));
        assertEquals("kebijakan", run.getString("startedBy"));
        assertEquals(1, run.getInt("attempts"));

        JsonObject agency = Http.get(base, RUNS + "/" + first + "/agencies").json().asJsonArray().getJsonObject(0);
        assertEquals("beltim", agency.getString("agency"));
        assertEquals(54, agency.getInt("total"));
        assertEquals(4, agency.getInt("counted"));
        assertEquals(first, current().getJsonNumber("id").longValue(), "readers see the completed run");

        // entity by entity, the same findings as the indicator's own evaluation
        List<JsonObject> entities = Http.get(base, "api/v1/agencies/beltim/years/2025/indicators/KOPERASI_BERKUALITAS/entities")
                .json().asJsonObject().getJsonArray("entities").getValuesAs(JsonObject.class);
        assertEquals(54, entities.size());
        for (JsonObject entity : entities) {
            long id = entity.getJsonNumber("id").longValue();
            Http.Answer traced = Http.as(Http.AUDITOR).get(base, RUNS + "/" + first + "/entities/" + id);
            assertEquals(200, traced.status(), traced.body());
            JsonObject trace = traced.json().asJsonObject();
            assertEquals(entity.getString("name"), trace.getString("name"));
            assertEquals(entity.getBoolean("counted"), trace.getBoolean("counted"), entity.getString("name"));
            assertEquals(entity.getJsonArray("findings"), trace.getJsonArray("findings"), entity.getString("name"));
            assertTrue(trace.getBoolean("dataUnchanged"), entity.getString("name"));
        }

        // the same data and the same rule-set version give the same trace
        Http.Answer again = Http.as(Http.KEBIJAKAN).post(base, RUNS, START);
        assertEquals(202, again.status(), again.body());
        long second = again.json().asJsonObject().getJsonNumber("id").longValue();
        assertEquals(4, completed(second).getInt("counted"));
        for (JsonObject entity : entities) {
            long id = entity.getJsonNumber("id").longValue();
            JsonObject before = Http.get(base, RUNS + "/" + first + "/entities/" + id).json().asJsonObject();
            JsonObject after = Http.get(base, RUNS + "/" + second + "/entities/" + id).json().asJsonObject();
            assertEquals(before.getString("dataDigest"), after.getString("dataDigest"));
            assertEquals(before.getJsonArray("findings"), after.getJsonArray("findings"));
        }
        assertEquals(second, current().getJsonNumber("id").longValue());
        List<JsonObject> listed = Http.get(base, RUNS + "?register=koperasi&year=2025&scope=beltim").json().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(second, first), listed.stream().map(r -> r.getJsonNumber("id").longValue()).toList(), "newest first");
    }

    @Test
    void refusesWhatItCannotRunAndWhoMayNotStart() {
        Http.Answer unknown = Http.as(Http.KEBIJAKAN).post(base, RUNS, "{\"register\":\"ternak\",\"year\":2025,\"scope\":\"beltim\"}");
        assertEquals(422, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("ternak"), unknown.body());
        Http.Answer empty = Http.as(Http.KEBIJAKAN).post(base, RUNS, "{\"register\":\"usaha-mikro\",\"year\":2025,\"scope\":\"sintetis\"}");
        assertEquals(422, empty.status(), "no synthetic micro-businesses in the demo: " + empty.body());
        assertEquals(404, Http.get(base, "api/v1/batch-evaluations/current?register=perusahaan&year=1990&scope=beltim").status());
        Http.Answer missing = Http.get(base, RUNS + "/999999999/entities/1");
        assertEquals(404, missing.status());
        assertTrue(missing.body().startsWith("{"), missing.body());
        assertEquals(403, Http.as(Http.OPERATOR).post(base, RUNS, START).status());
        assertEquals(403, Http.as(Http.AUDITOR).post(base, RUNS, START).status());
        assertEquals(200, Http.as(Http.AUDITOR).get(base, RUNS).status());
    }

    private JsonObject current() {
        return Http.get(base, RUNS + "/current?register=koperasi&year=2025&scope=beltim").json().asJsonObject();
    }

    /** Polls the run until it is no longer running (at most two minutes) and requires it COMPLETED. */
    private JsonObject completed(long id) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject run = Http.get(base, RUNS + "/" + id).json().asJsonObject();
            if (!run.getString("status").equals("RUNNING")) {
                assertEquals("COMPLETED", run.getString("status"), run.toString());
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
        return fail("batch run " + id + " did not finish within two minutes");
    }
}
