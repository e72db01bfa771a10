package org.akuntabel.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.akuntabel.access.Accounts;
import org.akuntabel.access.Role;
import org.akuntabel.evaluation.EvaluationGate;
import org.akuntabel.evaluation.EvaluationService;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads the Belitung Timur demo data ({@code demo/beltim/}) at start-up when demo mode is on
 * ({@code AKUNTABEL_DEMO=true} or {@code -Dakuntabel.demo=true}, as the README run command does).
 * Idempotent: each row is looked up by its natural key and only added when missing, so loading twice
 * adds nothing and never overwrites what users changed. Then evaluates the agency's register-based
 * indicators, so the first page view finds stored results.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    static final String ROOT = "demo/beltim/";

    /**
     * The demo users, one per role (README, section Run). They exist only in demo mode; outside it there is no
     * account and no default password until ADMIN creates one.
     */
    static final List<Accounts.DemoUser> USERS = List.of(
            // password demo-admin-2025
            new Accounts.DemoUser("admin", "Admin Demo",
                    "PBKDF2WithHmacSHA512:210000:U/kgKw4RJO5vLYlWHVxIuL52o4Wmh5VnDm39v+er5Ac=:/jgfuRRXBl9teCQ5zXjqbdQ5FvqLHvGE5griEO9nzlU=",
                    Set.of(Role.ADMIN), Set.of()),
            // password demo-kebijakan-2025
            new Accounts.DemoUser("kebijakan", "Staf Kebijakan Demo",
                    "PBKDF2WithHmacSHA512:210000:r1c5xY9slr37bWXUKwpcu2z00s12hQGmLWmL9Q7oLWc=:JK3dOhmk68G93uC9TsAv92VnuuEzmpug7kdl7nCwcYY=",
                    Set.of(Role.KEBIJAKAN), Set.of()),
            // password demo-operator-2025
            new Accounts.DemoUser("operator.beltim", "Operator Belitung Timur",
                    "PBKDF2WithHmacSHA512:210000:iojGbWpMLVh16xrm0UOok9TtaZr0MDTWjCa0xlhzA7A=:W074m7o61Ygrqf8J4C+7/8H5Ugjbd0FaSjgcexSYHWE=",
                    Set.of(Role.OPERATOR), Set.of("beltim")),
            // password demo-auditor-2025
            new Accounts.DemoUser("auditor", "Auditor Demo",
                    "PBKDF2WithHmacSHA512:210000:tEWJoJSUl5Y//c1OMVBnm+ry0pk/tzcf38PpjWYc5Bw=:eb2stqEc7YyJz/Qlq7lG+tgfromzCzO76R4Ik7ShT+k=",
                    Set.of(Role.AUDITOR), Set.of("beltim")),
            // password demo-pimpinan-2025
            new Accounts.DemoUser("pimpinan.beltim", "Kepala Dinas Belitung Timur",
                    "PBKDF2WithHmacSHA512:210000:fAiPpbOg5Oqo5hWn6LUUyAMPs8G9XPgjinYxBlxdh24=:7vWLbst7Y1+8sQnWy+P8FZGJP8Aeuzh+1Ab18O3Cmp0=",
                    Set.of(Role.PIMPINAN), Set.of("beltim")));

    @EJB
    private DemoDataLoader loader;

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private EvaluationGate gate;

    /** Demo mode: from the system property {@code akuntabel.demo} or the environment variable {@code AKUNTABEL_DEMO}. */
    public static boolean enabled() {
        String value = System.getProperty("akuntabel.demo", System.getenv("AKUNTABEL_DEMO"));
        return Boolean.parseBoolean(value);
    }

    @PostConstruct
    void loadAtStartup() {
        if (!enabled()) {
            LOG.info("Demo mode off (AKUNTABEL_DEMO not true): no demo data loaded");
            return;
        }
        DemoDataLoader.Loaded added = loader.load(USERS);
        LOG.info(() -> "Demo data: " + added.rows() + " row(s) added");
        LOG.info(() -> "Demo users: " + added.users() + " added (README, section Run, lists them with their passwords)");
        executor.submit(this::evaluateDemoYears);
    }

    /**
     * Evaluates the demo agency's indicators for every year the demo data has published figures for,
     * in the background, so that start-up does not wait for the rule compilation. A reader that
     * comes first gets the indicator evaluated on its own first read.
     */
    void evaluateDemoYears() {
        JsonObject demo = readJson(ROOT + "instansi.json");
        String agency = demo.getJsonObject("agency").getString("code");
        demo.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .flatMap(i -> i.getJsonArray("published").getValuesAs(JsonObject.class).stream())
                .map(p -> p.getInt("year"))
                .distinct()
                .forEach(year -> {
                    try {
                        gate.ensureCurrent(agency, year);
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Evaluating the demo agency " + agency + " for " + year + " failed", e);
                    }
                });
    }

    static JsonObject readJson(String resource) {
        try (JsonReader reader = Json.createReader(new InputStreamReader(resource(resource), StandardCharsets.UTF_8))) {
            return reader.readObject();
        }
    }

    static InputStream resource(String name) {
        InputStream in = DemoData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Demo resource missing: " + name);
        }
        return in;
    }
}
