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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in: the form for pages (session id changed, sign-out), HTTP Basic for the API (401 JSON with
 * {@code WWW-Authenticate} otherwise), lock-out after repeated failures, and refusals recorded in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theApiWithoutOrWithWrongCredentialsAnswers401JsonAndAsksForBasic() {
        Http.File anonymous = Http.anonymous().download(base, "api/v1/agencies");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/json"), anonymous.contentType());
        assertTrue(anonymous.header("WWW-Authenticate").startsWith("Basic realm=\"Akuntabel\""));
        assertTrue(anonymous.header("Content-Security-Policy").startsWith("default-src 'none'"));
        assertTrue(new String(anonymous.bytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"status\":401"));

        assertEquals(401, Http.as(new Http.User("operator.beltim", "salah")).get(base, "api/v1/agencies").status());
        assertEquals(401, Http.as(new Http.User("tidak.ada", "salah")).get(base, "api/v1/agencies").status());
        assertEquals(200, Http.as(Http.OPERATOR).get(base, "api/v1/agencies").status());
    }

    @Test
    void aPageWithoutSignInRedirectsToTheFormAndTheFormSignsInWithANewSessionIdAndSignsOut() {
        FormSession browser = new FormSession(base);
        FormSession.Page page = browser.get("indikator.xhtml?agency=beltim&year=2025&code=KOPERASI_BERKUALITAS");
        assertEquals(302, page.status());
        assertTrue(page.location().contains("/login.xhtml?next="), page.location());

        FormSession.Page form = browser.get("login.xhtml");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("Kata sandi"), "the form is in Bahasa Indonesia");
        String before = browser.sessionId();
        assertNotNull(before, "the form's view state lives in a session");

        FormSession.Page wrong = browser.submit("login.xhtml", form, "login", Map.of("login:username", "operator.beltim",
                "login:password", "salah", "login:submit", "Masuk", "login:next", ""));
        assertEquals(200, wrong.status());
        assertTrue(wrong.body().contains("kata sandi salah"), "the failure is said, without saying which part was wrong");

        FormSession.Page signedIn = browser.login("operator.beltim", Http.OPERATOR.password());
        assertEquals(302, signedIn.status(), signedIn.body());
        assertTrue(signedIn.location().endsWith("/index.xhtml"), signedIn.location());
        assertNotEquals(before, browser.sessionId(), "the session id changes at sign-in");

        FormSession.Page home = browser.get("index.xhtml");
        assertEquals(200, home.status());
        assertTrue(home.body().contains("operator.beltim"), "the signed-in user is shown");
        assertEquals(200, browser.get("api/v1/agencies").status(), "the signed-in page user may read the API");

        FormSession.Page out = browser.submit("index.xhtml", home, "signout", Map.of("signout:logout", "Keluar"));
        assertEquals(302, out.status(), out.body());
        assertTrue(out.location().contains("/login.xhtml"), out.location());
        assertEquals(302, browser.get("index.xhtml").status(), "signed out: the pages ask for the form again");
    }

    @Test
    void fiveFailuresLockTheAccountAndEachFailureIsInTheAuditLog() {
        String user = "uji.kunci";
        String password = "kata-sandi-uji-123";
        Http.Answer created = Http.post(base, "api/v1/users", "{\"username\":\"" + user + "\",\"password\":\"" + password
                + "\",\"roles\":[\"OPERATOR\"],\"agencies\":[\"beltim\"]}");
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains(password), "the password is never answered");
        assertEquals(200, Http.as(new Http.User(user, password)).get(base, "api/v1/agencies").status());

        for (int i = 0; i < SignInPolicy.LOCK_AFTER; i++) {
            assertEquals(401, Http.as(new Http.User(user, "salah-" + i)).get(base, "api/v1/agencies").status());
        }
        assertEquals(401, Http.as(new Http.User(user, password)).get(base, "api/v1/agencies").status(),
                "locked: even the right password is refused for a while");
        JsonObject account = Http.get(base, "api/v1/users").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(user)).findFirst().orElseThrow();
        assertEquals(SignInPolicy.LOCK_AFTER, account.getInt("failedLogins"));
        assertFalse(account.isNull("lockedUntil"));

        long failures = Http.as(Http.AUDITOR).get(base, "api/v1/audit?user=" + user).json().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(e -> e.getString("action").equals("LOGIN_FAILED")).count();
        assertEquals(SignInPolicy.LOCK_AFTER + 1, failures, "every failed sign-in is recorded");
    }

    @Test
    void aRefusedAccessIsRecordedAndTheChainVerifies() {
        assertEquals(403, Http.as(Http.OPERATOR).get(base, "api/v1/audit/verify").status(), "an operator does not read the audit log");
        JsonObject verified = Http.as(Http.AUDITOR).get(base, "api/v1/audit/verify").json().asJsonObject();
        assertTrue(verified.getBoolean("intact"), verified.toString());
        assertTrue(verified.getInt("rows") > 0);
        boolean refused = Http.as(Http.AUDITOR).get(base, "api/v1/audit?user=operator.beltim").json().asJsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action").equals("ACCESS_DENIED"));
        assertTrue(refused, "the refusal is in the log");
    }
}
