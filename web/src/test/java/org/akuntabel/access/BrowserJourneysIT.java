package org.akuntabel.access;

import jakarta.json.JsonObject;
import org.akuntabel.Deployments;
import org.akuntabel.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journeys in a real browser: headless Chromium driven by Selenium through the Debian packages {@code chromium} and
 * {@code chromium-driver} ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; nothing is downloaded). A failing
 * journey leaves a screenshot and the page source under {@code target/browser/}.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(BrowserJourneysIT.Screenshots.class)
@RunAsClient
class BrowserJourneysIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    static final List<WebDriver> OPEN = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL base;

    @BeforeEach
    void noBrowserYet() {
        OPEN.clear();
    }

    static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000",
                "--lang=id", "--accept-lang=id");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "id"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))).build();
        WebDriver driver = new ChromeDriver(service, options);
        OPEN.add(driver);
        return driver;
    }

    private WebDriver signIn(Http.User user) {
        WebDriver driver = browser();
        driver.get(base + "login.xhtml");
        driver.findElement(By.id("login:username")).sendKeys(user.name());
        driver.findElement(By.id("login:password")).sendKeys(user.password());
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBe(By.id("signout:caller"), user.name()));
        return driver;
    }

    /**
     * Picks {@code label} in the PrimeFaces select menu {@code id} the way a user does (open it, click the item) until
     * the menu shows it: on a loaded machine a click can land while the panel is still opening.
     */
    private static void choose(WebDriver driver, String id, String label) {
        By menu = By.id(id);
        By shown = By.id(id + "_label");
        By item = By.cssSelector("#" + id.replace(":", "\\:") + "_items li[data-label='" + label + "']");
        waiting(driver).ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class).until(d -> {
            if (label.equals(d.findElement(shown).getText())) {
                return true;
            }
            // the panel with the items is added to the page when the menu first opens
            List<WebElement> options = d.findElements(item);
            if (!options.isEmpty() && options.get(0).isDisplayed()) {
                options.get(0).click();
            } else {
                d.findElement(menu).click();
            }
            return false;
        });
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, WAIT);
    }

    @Test
    void everyDemoRoleSignsIn() {
        for (Http.User user : List.of(Http.ADMIN, Http.KEBIJAKAN, Http.OPERATOR, Http.AUDITOR, Http.PIMPINAN)) {
            WebDriver driver = signIn(user);
            assertTrue(driver.getCurrentUrl().endsWith("/index.xhtml"), driver.getCurrentUrl());
            assertTrue(driver.findElements(By.cssSelector("#indicators a.indicator-link")).size() > 0, user.name() + " sees the indicators");
            driver.findElement(By.id("signout:logout")).click();
            waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        }
    }

    @Test
    void theOperatorDrillsFromTheCooperativeIndicatorToACooperativesFindingsAndIsRefusedAnotherAgency() {
        WebDriver driver = signIn(Http.OPERATOR);
        driver.get(base + "index.xhtml?agency=beltim&year=2025");
        driver.findElement(By.cssSelector("#indicators a[href*='code=KOPERASI_BERKUALITAS']")).click();
        WebElement entity = waiting(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.entity-link")));
        String name = entity.getText();
        entity.click();
        waiting(driver).until(ExpectedConditions.urlContains("entitas.xhtml"));
        String page = driver.getPageSource();
        assertTrue(page.contains(name), "the cooperative's page");
        assertTrue(page.contains("RAT_TAHUN_INI") || page.contains("RAT"), "its findings by criterion");

        ensureOtherAgency();
        driver.get(base + "index.xhtml?agency=" + AccessMatrixIT.OTHER + "&year=2025");
        assertTrue(driver.getPageSource().contains("Akses ditolak"), "another agency's page is refused");
        assertTrue(driver.findElements(By.id("indicators")).isEmpty());
    }

    @Test
    void policyStaffDraftTestAndPreviewARuleASecondPolicyUserApprovesAndActivatesAndTheIndicatorShowsIt() throws IOException {
        String shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("rulesets/skala-capaian-beltim/skala-capaian-beltim.drl")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String previous = Http.get(base, "api/v1/rulesets/skala-capaian-beltim?year=2025").json().asJsonObject().getString("activeVersion");
        WebDriver staff = signIn(Http.KEBIJAKAN);
        staff.get(base + "aturan.xhtml?name=skala-capaian-beltim");
        WebElement text = waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("editor:text")));
        ((JavascriptExecutor) staff).executeScript("arguments[0].value = arguments[1];", text,
                shipped.replace("\"AA\", \"Memuaskan\"", "\"AA\", \"Memuaskan Sekali\""));
        staff.findElement(By.id("editor:note")).sendKeys("uji peramban: label AA");
        staff.findElement(By.id("editor:submit")).click();
        waiting(staff).until(ExpectedConditions.elementToBeClickable(By.id("work:test"))).click();
        waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#work p.counted")));
        WebElement agency = staff.findElement(By.id("work:agency"));
        agency.clear();
        agency.sendKeys("beltim");
        staff.findElement(By.id("work:whatif")).click();
        waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#work table.whatif")));
        assertTrue(staff.getPageSource().contains("Memuaskan Sekali"), "the what-if shows the new label");
        String draft = staff.findElement(By.cssSelector("#work h2")).getText().replaceAll("\\D", "");

        staff.findElement(By.id("work:approve")).click();
        waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "bukan penyusunnya"));

        WebDriver second = signIn(Http.ADMIN);
        second.get(base + "aturan.xhtml?name=skala-capaian-beltim");
        WebElement open = waiting(second).until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//form[@id='drafts']//tr[td[1][normalize-space(.)='" + draft + "']]//button")));
        open.click();
        waiting(second).until(ExpectedConditions.elementToBeClickable(By.id("work:approve"))).click();
        waiting(second).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "disetujui oleh admin"));
        WebElement from = second.findElement(By.id("work:from_input"));
        from.click();
        from.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        from.sendKeys("2025", Keys.TAB);
        WebElement forAgency = second.findElement(By.id("work:forAgency"));
        forAgency.clear();
        forAgency.sendKeys("beltim");
        second.findElement(By.id("work:activate")).click();
        waiting(second).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waiting(second).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "berlaku mulai 2025"));
        try {
            staff.get(base + "indikator.xhtml?agency=beltim&year=2025&code=IP_ASN");
            waiting(staff).until(d -> {
                d.navigate().refresh();
                return d.getPageSource().contains("AA · Memuaskan Sekali");
            });
        } finally {
            Http.Answer restored = Http.post(base, "api/v1/rulesets/skala-capaian-beltim/versions/" + previous
                    + "/activate?effectiveFrom=2025&agency=beltim");
            assertEquals(201, restored.status(), restored.body());
        }
    }

    @Test
    void theHeadOfTheAgencyPublishesTheReportAndDownloadsThePdf() throws Exception {
        WebDriver head = signIn(Http.PIMPINAN);
        head.get(base + "laporan.xhtml?agency=beltim&year=2024");
        int before = head.findElements(By.cssSelector("#versions a[href$='.pdf']")).size();
        WebElement reason = head.findElement(By.id("publish:reason"));
        reason.sendKeys("uji peramban");
        head.findElement(By.id("publish:publish")).click();
        waiting(head).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waiting(head).until(d -> d.findElements(By.cssSelector("#versions a[href$='.pdf']")).size() == before + 1);
        String href = head.findElements(By.cssSelector("#versions a[href$='.pdf']")).get(before).getAttribute("href");
        Cookie session = head.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(Duration.ofSeconds(180)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII), "the published PDF, read with the page's session");
    }

    @Test
    void policyStaffStartANationalEvaluationFollowItsProgressToTheEndAndTraceAnEntity() {
        // the page opens on the latest run (an earlier test may have left a completed one): note which it is
        long latest = Http.get(base, "api/v1/batch-evaluations").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .mapToLong(r -> r.getJsonNumber("id").longValue()).max().orElse(0);
        WebDriver staff = signIn(Http.KEBIJAKAN);
        staff.get(base + "evaluasi-nasional.xhtml");
        choose(staff, "start:register", "koperasi");
        WebElement scope = staff.findElement(By.id("start:scope"));
        scope.clear();
        scope.sendKeys("beltim");
        staff.findElement(By.id("start:go")).click();
        waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Evaluasi dimulai"));
        // the page now follows the new run, and polls it until it completes; the bar and the figures follow it
        JsonObject run = Http.get(base, "api/v1/batch-evaluations?register=koperasi&scope=beltim").json().asJsonArray()
                .getJsonObject(0);
        long id = run.getJsonNumber("id").longValue();
        assertTrue(id > latest, "the start created run " + id + " after " + latest);
        waiting(staff).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress\\:followed h2"),
                " " + id + ": koperasi"));
        waiting(staff).until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
        run = Http.get(base, "api/v1/batch-evaluations/" + id).json().asJsonObject();
        assertEquals("COMPLETED", run.getString("status"));
        String figures = staff.findElement(By.id("figures")).getText();
        assertTrue(figures.startsWith(run.getInt("done") + " / " + run.getInt("total")), figures);
        long first = run.getJsonArray("partitions").getJsonObject(0).getJsonNumber("firstId").longValue();
        WebElement entity = staff.findElement(By.id("progress:entity_input"));
        entity.sendKeys(Long.toString(first));
        staff.findElement(By.id("progress:trace")).click();
        WebElement findings = waiting(staff).until(ExpectedConditions.presenceOfElementLocated(By.id("progress:findings")));
        assertTrue(findings.getText().contains("RAT_TAHUN_BERJALAN"), findings.getText());
    }

    private void ensureOtherAgency() {
        boolean exists = Http.get(base, "api/v1/agencies").json().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("code").equals(AccessMatrixIT.OTHER));
        if (!exists) {
            assertEquals(201, Http.post(base, "api/v1/agencies", "{\"code\":\"" + AccessMatrixIT.OTHER + "\",\"name\":\"Dinas Uji Matriks\","
                    + "\"level\":\"KABUPATEN\",\"region\":\"Uji\",\"scaleRuleSet\":\"skala-capaian-beltim\"}").status());
        }
    }

    /**
     * A failing journey leaves each open browser's screenshot and page under target/browser/; then, failed or not, every
     * browser of the test is closed (a watcher runs after {@code @AfterEach}, so it closes them itself).
     */
    static class Screenshots implements TestWatcher {

        @Override
        public void testSuccessful(ExtensionContext context) {
            quitAll();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            quitAll();
        }

        private static void quitAll() {
            OPEN.forEach(driver -> {
                try {
                    driver.quit();
                } catch (RuntimeException ignored) {
                    // already gone
                }
            });
            OPEN.clear();
        }

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            Path folder = Path.of(System.getProperty("browser.screenshots", "target/browser"));
            int i = 0;
            for (WebDriver driver : OPEN) {
                try {
                    Files.createDirectories(folder);
                    String stem = context.getRequiredTestMethod().getName() + "-" + (i++);
                    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
                    Files.copy(shot.toPath(), folder.resolve(stem + ".png"), StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(folder.resolve(stem + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
                } catch (IOException | RuntimeException e) {
                    System.err.println("No screenshot: " + e);
                }
            }
            quitAll();
        }
    }
}
