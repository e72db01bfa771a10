package org.akuntabel.access;

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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may do what, everywhere: every REST endpoint and every page × every demo role × the own agency ({@code beltim})
 * and another one, with the expected outcome — allowed (anything but 401/403, never a 5xx) or refused (403 with the
 * same JSON or error page whatever exists behind it). Changes are sent with ids and years that do not exist, or bodies
 * the service refuses, so an allowed call stores nothing; the refusal comes before any of that is looked at.
 * Prints the number of cases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    static final String OWN = "beltim";
    static final String OTHER = "uji-matriks";
    static final String NONE = "999999999";

    /** Who may: empty = every role may read; ADMIN may everything. {@code scoped}: the path names an agency. */
    record Endpoint(String method, String path, String body, Set<Role> roles, boolean scoped) {
    }

    private static final Set<Role> READ = EnumSet.noneOf(Role.class);
    private static final Set<Role> OP = EnumSet.of(Role.OPERATOR);
    private static final Set<Role> POLICY = EnumSet.of(Role.KEBIJAKAN);
    private static final Set<Role> HEAD = EnumSet.of(Role.PIMPINAN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> AUDIT = EnumSet.of(Role.AUDITOR, Role.KEBIJAKAN);
    private static final Set<Role> EVALUATE = EnumSet.of(Role.OPERATOR, Role.KEBIJAKAN, Role.PIMPINAN);

    private static final Map<Role, Http.User> USERS = Map.of(Role.ADMIN, Http.ADMIN, Role.KEBIJAKAN, Http.KEBIJAKAN,
            Role.OPERATOR, Http.OPERATOR, Role.AUDITOR, Http.AUDITOR, Role.PIMPINAN, Http.PIMPINAN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    static List<Endpoint> api() {
        List<Endpoint> e = new ArrayList<>();
        String y = "agencies/{a}/years/2025/";
        String old = "agencies/{a}/years/1990/";
        String ind = "agencies/{a}/indicators/KOPERASI_BERKUALITAS/";
        // agencies
        e.add(new Endpoint("GET", "agencies", null, READ, false));
        e.add(new Endpoint("POST", "agencies", "{}", ADMIN, false));
        e.add(new Endpoint("GET", "agencies/{a}", null, READ, true));
        e.add(new Endpoint("PUT", "agencies/{a}", "{}", ADMIN, true));
        // indicators, drill-downs, report files, checks, evaluations
        e.add(new Endpoint("GET", y + "indicators", null, READ, true));
        e.add(new Endpoint("GET", y + "indicators/KOPERASI_BERKUALITAS", null, READ, true));
        e.add(new Endpoint("GET", y + "indicators/KOPERASI_BERKUALITAS/entities", null, READ, true));
        e.add(new Endpoint("GET", y + "indicators/KOPERASI_BERKUALITAS/entities/" + NONE, null, READ, true));
        e.add(new Endpoint("GET", y + "report.pdf", null, READ, true));
        e.add(new Endpoint("GET", y + "report.docx", null, READ, true));
        e.add(new Endpoint("GET", y + "report/versions", null, READ, true));
        e.add(new Endpoint("POST", old + "report/versions", "{\"reason\":\"uji matriks\"}", HEAD, true));
        e.add(new Endpoint("GET", y + "report/versions/99.pdf", null, READ, true));
        e.add(new Endpoint("GET", y + "report/versions/99.docx", null, READ, true));
        e.add(new Endpoint("GET", y + "report/narratives", null, READ, true));
        e.add(new Endpoint("PUT", old + "report/narratives/tidak-ada", "{\"markup\":\"x\"}", OP, true));
        e.add(new Endpoint("GET", y + "checks", null, READ, true));
        e.add(new Endpoint("POST", old + "evaluations", null, EVALUATE, true));
        e.add(new Endpoint("GET", y + "evaluations/progress", null, READ, true));
        // published figures, monitoring, statistics, targets
        e.add(new Endpoint("GET", ind + "published", null, READ, true));
        e.add(new Endpoint("PUT", "agencies/{a}/indicators/TIDAK_ADA/published/1990", "{}", OP, true));
        e.add(new Endpoint("GET", ind + "monitoring/2025", null, READ, true));
        e.add(new Endpoint("PUT", "agencies/{a}/indicators/TIDAK_ADA/monitoring/1990/1", "{}", OP, true));
        e.add(new Endpoint("GET", "agencies/{a}/figures", null, READ, true));
        e.add(new Endpoint("POST", "agencies/{a}/figures", "{}", OP, true));
        e.add(new Endpoint("PUT", "agencies/{a}/figures/" + NONE, "{\"version\":0}", OP, true));
        e.add(new Endpoint("DELETE", "agencies/{a}/figures/" + NONE + "?version=0", null, OP, true));
        e.add(new Endpoint("GET", ind + "targets", null, READ, true));
        e.add(new Endpoint("PUT", "agencies/{a}/indicators/TIDAK_ADA/targets/1990", "{}", OP, true));
        e.add(new Endpoint("DELETE", "agencies/{a}/indicators/TIDAK_ADA/targets/1990?version=0", null, OP, true));
        // planning documents
        e.add(new Endpoint("GET", y + "documents", null, READ, true));
        e.add(new Endpoint("POST", old + "documents", "{}", OP, true));
        e.add(new Endpoint("POST", old + "documents/PK/revisions", "{}", OP, true));
        e.add(new Endpoint("DELETE", old + "documents/PK/9", null, OP, true));
        e.add(new Endpoint("POST", old + "documents/PK/9/approval", null, HEAD, true));
        e.add(new Endpoint("POST", old + "documents/PK/9/lines", "{}", OP, true));
        e.add(new Endpoint("PUT", old + "documents/PK/9/lines/1", "{}", OP, true));
        e.add(new Endpoint("DELETE", old + "documents/PK/9/lines/1?version=0", null, OP, true));
        // Renstra
        String r = "agencies/{a}/renstra/1990";
        e.add(new Endpoint("GET", "agencies/{a}/renstra", null, READ, true));
        e.add(new Endpoint("PUT", r, "{}", OP, true));
        e.add(new Endpoint("PUT", r + "/tujuan/99", "{}", OP, true));
        e.add(new Endpoint("PUT", r + "/sasaran/99", "{}", OP, true));
        e.add(new Endpoint("POST", r + "/tujuan", "{}", OP, true));
        e.add(new Endpoint("DELETE", r + "/tujuan/99?version=0", null, OP, true));
        e.add(new Endpoint("POST", r + "/tujuan/99/sasaran", "{}", OP, true));
        e.add(new Endpoint("DELETE", r + "/sasaran/99?version=0", null, OP, true));
        e.add(new Endpoint("GET", "agencies/{a}/renstra/2021/indicators", null, READ, true));
        e.add(new Endpoint("POST", r + "/indicators", "{}", OP, true));
        e.add(new Endpoint("PUT", r + "/indicators/TIDAK_ADA", "{}", OP, true));
        e.add(new Endpoint("DELETE", r + "/indicators/TIDAK_ADA?version=0", null, OP, true));
        // budget
        String b = old + "budget/";
        e.add(new Endpoint("GET", y + "budget", null, READ, true));
        e.add(new Endpoint("PUT", b + "activities/" + NONE, "{}", OP, true));
        e.add(new Endpoint("DELETE", b + "activities/" + NONE + "?version=0", null, OP, true));
        e.add(new Endpoint("POST", b + "programmes", "{}", OP, true));
        e.add(new Endpoint("PUT", b + "programmes/99", "{}", OP, true));
        e.add(new Endpoint("DELETE", b + "programmes/99?version=0", null, OP, true));
        e.add(new Endpoint("POST", b + "programmes/99/activities", "{}", OP, true));
        e.add(new Endpoint("POST", b + "activities/" + NONE + "/subactivities", "{}", OP, true));
        e.add(new Endpoint("PUT", b + "subactivities/" + NONE, "{}", OP, true));
        e.add(new Endpoint("DELETE", b + "subactivities/" + NONE + "?version=0", null, OP, true));
        // registers
        String c = "agencies/{a}/cooperatives";
        e.add(new Endpoint("GET", c, null, READ, true));
        e.add(new Endpoint("POST", c, "{}", OP, true));
        e.add(new Endpoint("GET", c + "/" + NONE, null, READ, true));
        e.add(new Endpoint("DELETE", c + "/" + NONE + "?version=0", null, OP, true));
        e.add(new Endpoint("PUT", c + "/" + NONE + "/years/2025", "{}", OP, true));
        String m = "agencies/{a}/microbusinesses";
        e.add(new Endpoint("GET", m, null, READ, true));
        e.add(new Endpoint("GET", m + "/kecamatan/2025", null, READ, true));
        e.add(new Endpoint("POST", m, "{}", OP, true));
        e.add(new Endpoint("PUT", m + "/" + NONE, "{}", OP, true));
        e.add(new Endpoint("DELETE", m + "/" + NONE + "?version=0", null, OP, true));
        String s = "agencies/{a}/staff-scores/2025";
        e.add(new Endpoint("GET", s, null, READ, true));
        e.add(new Endpoint("POST", s, "{}", OP, true));
        e.add(new Endpoint("PUT", s + "/" + NONE, "{}", OP, true));
        e.add(new Endpoint("DELETE", s + "/" + NONE + "?version=0", null, OP, true));
        String co = "agencies/{a}/companies";
        e.add(new Endpoint("GET", co, null, READ, true));
        e.add(new Endpoint("POST", co, "{}", OP, true));
        e.add(new Endpoint("PUT", co + "/" + NONE, "{}", OP, true));
        e.add(new Endpoint("DELETE", co + "/" + NONE + "?version=0", null, OP, true));
        // register import: an unreadable file is kept as a failed import (nothing reaches the register)
        String im = "agencies/{a}/imports";
        e.add(new Endpoint("GET", im, null, READ, true));
        e.add(new Endpoint("POST", im + "/koperasi?dryRun=true", "bukan berkas", OP, true));
        e.add(new Endpoint("POST", im + "/" + NONE + "/confirm", "{}", OP, true));
        e.add(new Endpoint("GET", im + "/" + NONE, null, READ, true));
        e.add(new Endpoint("GET", im + "/" + NONE + "/file", null, READ, true));
        e.add(new Endpoint("GET", im + "/" + NONE + "/rejected.csv", null, READ, true));
        e.add(new Endpoint("GET", "agencies/" + OWN + "/imports/templates/koperasi.csv", null, READ, false)); // the same for every agency
        // BAB I profile: organisation, staff and facilities tables
        e.add(new Endpoint("GET", "agencies/{a}/organisation", null, READ, true));
        e.add(new Endpoint("PUT", "agencies/{a}/organisation", "{\"units\":[{\"name\":\"\"}]}", OP, true));
        e.add(new Endpoint("GET", y + "staff", null, READ, true));
        e.add(new Endpoint("PUT", old + "staff", "{\"tables\":[{\"kind\":\"TIDAK_ADA\"}]}", OP, true));
        e.add(new Endpoint("GET", y + "facilities", null, READ, true));
        e.add(new Endpoint("PUT", old + "facilities", "{\"tables\":[{\"kind\":\"TIDAK_ADA\"}]}", OP, true));
        // rule sets: history readable by all, drafts and activation for policy staff; what-if on an agency
        String rs = "rulesets/koperasi-berkualitas";
        e.add(new Endpoint("GET", "rulesets", null, READ, false));
        e.add(new Endpoint("GET", rs, null, READ, false));
        e.add(new Endpoint("GET", rs + "/versions/tidak-ada", null, READ, false));
        e.add(new Endpoint("POST", rs + "/drafts", "{\"text\":\"\"}", POLICY, false));
        e.add(new Endpoint("POST", rs + "/drafts/" + NONE + "/tests", null, POLICY, false));
        e.add(new Endpoint("POST", rs + "/drafts/" + NONE + "/whatif?agency={a}&year=2025", null, POLICY, true));
        e.add(new Endpoint("POST", rs + "/drafts/" + NONE + "/approve", null, POLICY, false));
        e.add(new Endpoint("POST", rs + "/drafts/" + NONE + "/activate?effectiveFrom=2090", null, POLICY, false));
        e.add(new Endpoint("POST", rs + "/versions/tidak-ada/activate?effectiveFrom=2090", null, POLICY, false));
        // national batch evaluation: policy staff start runs, auditors read them (an unknown register: nothing starts)
        e.add(new Endpoint("POST", "batch-evaluations", "{\"register\":\"tidak-ada\",\"year\":2025,\"scope\":\"sintetis\"}",
                POLICY, false));
        e.add(new Endpoint("GET", "batch-evaluations", null, AUDIT, false));
        e.add(new Endpoint("GET", "batch-evaluations/current?register=koperasi&year=1990&scope=sintetis", null, AUDIT, false));
        e.add(new Endpoint("GET", "batch-evaluations/" + NONE, null, AUDIT, false));
        e.add(new Endpoint("GET", "batch-evaluations/" + NONE + "/agencies", null, AUDIT, false));
        e.add(new Endpoint("GET", "batch-evaluations/" + NONE + "/entities/" + NONE, null, AUDIT, false));
        // users and the audit log
        e.add(new Endpoint("GET", "users", null, ADMIN, false));
        e.add(new Endpoint("POST", "users", "{}", ADMIN, false));
        e.add(new Endpoint("GET", "audit", null, AUDIT, false));
        e.add(new Endpoint("GET", "audit?agency={a}", null, AUDIT, true));
        e.add(new Endpoint("GET", "audit/verify", null, AUDIT, false));
        e.add(new Endpoint("GET", "audit/export.csv?agency={a}", null, AUDIT, true));
        return e;
    }

    static List<Endpoint> pages(long cooperative) {
        List<Endpoint> p = new ArrayList<>();
        String ay = "?agency={a}&year=2025";
        for (String page : List.of("index", "pohon-kinerja", "dokumen", "anggaran", "koperasi", "usaha-mikro", "asn", "laporan",
                "pemeriksaan", "renstra-ubah")) {
            p.add(new Endpoint("GET", page + ".xhtml" + ay, null, READ, true));
        }
        p.add(new Endpoint("GET", "perusahaan.xhtml?agency={a}", null, READ, true));
        p.add(new Endpoint("GET", "data.xhtml?agency={a}", null, READ, true));
        p.add(new Endpoint("GET", "impor.xhtml?agency={a}", null, READ, true));
        p.add(new Endpoint("GET", "indikator.xhtml" + ay + "&code=KOPERASI_BERKUALITAS", null, READ, true));
        p.add(new Endpoint("GET", "entitas.xhtml" + ay + "&code=KOPERASI_BERKUALITAS&id=" + cooperative, null, READ, true));
        p.add(new Endpoint("GET", "koperasi-ubah.xhtml" + ay + "&id=" + cooperative + "&indicator=KOPERASI_BERKUALITAS", null, READ, true));
        p.add(new Endpoint("GET", "aturan.xhtml?name=koperasi-berkualitas", null, READ, false));
        p.add(new Endpoint("GET", "instansi.xhtml", null, READ, false));
        p.add(new Endpoint("GET", "audit.xhtml", null, AUDIT, false));
        p.add(new Endpoint("GET", "evaluasi-nasional.xhtml", null, AUDIT, false));
        p.add(new Endpoint("GET", "audit.xhtml?agency={a}", null, AUDIT, true));
        return p;
    }

    static boolean allowed(Role role, Endpoint endpoint, boolean own) {
        if (role == Role.ADMIN) {
            return true;
        }
        if (endpoint.scoped() && !own && !role.allAgencies()) {
            return false;
        }
        return endpoint.roles().isEmpty() || endpoint.roles().contains(role);
    }

    @Test
    void everyEndpointAndPageForEveryRoleOnTheOwnAndAnotherAgency() {
        ensureOtherAgency();
        long cooperative = Http.get(base, "api/v1/agencies/beltim/cooperatives").json().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int refused = 0;
        for (boolean api : List.of(true, false)) {
            for (Endpoint endpoint : api ? api() : pages(cooperative)) {
                for (boolean own : endpoint.scoped() ? List.of(true, false) : List.of(true)) {
                    String path = (api ? "api/v1/" : "") + endpoint.path().replace("{a}", own ? OWN : OTHER);
                    for (Role role : Role.values()) {
                        cases++;
                        boolean expected = allowed(role, endpoint, own);
                        refused += expected ? 0 : 1;
                        Http.Answer answer = Http.as(USERS.get(role)).call(base, endpoint.method(), path, endpoint.body());
                        String label = endpoint.method() + " " + path + " as " + role + ": ";
                        if (expected && (answer.status() == 401 || answer.status() == 403 || answer.status() >= 500)) {
                            failures.add(label + "expected allowed, got " + answer.status() + " " + abbreviate(answer.body()));
                        } else if (!expected && answer.status() != 403) {
                            failures.add(label + "expected 403, got " + answer.status() + " " + abbreviate(answer.body()));
                        } else if (!expected && api && !refusal(answer)) {
                            failures.add(label + "refusal not the usual JSON: " + abbreviate(answer.body()));
                        }
                    }
                }
            }
        }
        System.out.println("Access matrix: " + cases + " cases (" + refused + " refused, " + (cases - refused) + " allowed), "
                + failures.size() + " failed");
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " cases failed:\n" + String.join("\n", failures));
        }
        assertTrue(cases > 900, "every endpoint and page was tried: " + cases);
    }

    @Test
    void aGuessedIdOfAnotherAgencysEntityAnswersLikeAMissingOne() {
        ensureOtherAgency();
        long cooperative = Http.get(base, "api/v1/agencies/beltim/cooperatives").json().asJsonArray().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Http.Answer guessed = Http.get(base, "api/v1/agencies/" + OTHER + "/cooperatives/" + cooperative);
        Http.Answer missing = Http.get(base, "api/v1/agencies/" + OTHER + "/cooperatives/" + NONE);
        assertEquals(404, guessed.status());
        assertEquals(missing.body().replace(NONE, "ID"), guessed.body().replace(Long.toString(cooperative), "ID"),
                "nothing tells an existing entity of another agency from a missing one");
        Http.Answer operator = Http.as(Http.OPERATOR).get(base, "api/v1/agencies/" + OTHER + "/cooperatives/" + cooperative);
        Http.Answer operatorMissing = Http.as(Http.OPERATOR).get(base, "api/v1/agencies/" + OTHER + "/cooperatives/" + NONE);
        assertEquals(403, operator.status());
        assertEquals(operatorMissing.body(), operator.body());
    }

    @Test
    void theHeadOfTheAgencyApprovesThePerjanjianKinerjaOnceAndNobodyElseMay() {
        JsonObject pk = Http.get(base, "api/v1/agencies/beltim/years/2025/documents").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("kind").equals("PK")).reduce((first, second) -> second).orElseThrow();
        String approval = "api/v1/agencies/beltim/years/2025/documents/PK/" + pk.getInt("revision") + "/approval";
        assertEquals(403, Http.as(Http.OPERATOR).post(base, approval).status(), "the operator prepares, the head approves");
        assertEquals(403, Http.as(Http.AUDITOR).post(base, approval).status());
        assertEquals(204, Http.as(Http.PIMPINAN).post(base, approval).status());
        JsonObject approved = Http.get(base, "api/v1/agencies/beltim/years/2025/documents").json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(d -> d.getString("kind").equals("PK") && d.getInt("revision") == pk.getInt("revision")).findFirst().orElseThrow();
        assertEquals("pimpinan.beltim", approved.getString("approvedBy"));
        assertEquals(422, Http.as(Http.PIMPINAN).post(base, approval).status(), "approved once");
    }

    private void ensureOtherAgency() {
        boolean exists = Http.get(base, "api/v1/agencies").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("code").equals(OTHER));
        if (!exists) {
            Http.Answer created = Http.post(base, "api/v1/agencies", "{\"code\":\"" + OTHER + "\",\"name\":\"Dinas Uji Matriks\","
                    + "\"level\":\"KABUPATEN\",\"region\":\"Uji\",\"scaleRuleSet\":\"skala-capaian-beltim\"}");
            assertEquals(201, created.status(), created.body());
        }
    }

    /** The usual refusal: {@code {"status":403,"error":"Akses ditolak: …"}} and nothing else. */
    private static boolean refusal(Http.Answer answer) {
        try {
            JsonObject body = answer.json().asJsonObject();
            return body.size() == 2 && body.getInt("status") == 403 && body.getString("error").startsWith("Akses ditolak");
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
