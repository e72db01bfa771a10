package org.akuntabel.evaluation;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.akuntabel.evaluation.scale.ScaleValue;
import org.akuntabel.evaluation.scale.BandAssignment;

import java.io.Serializable;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The test cases that stand beside a rule file ({@code tests.json}): each case is named as a
 * sentence, gives the facts, and the expected outcome per criterion (and whether the entity counts),
 * or for a scale the expected band. A criteria case may give {@code "year"}: the reporting year whose
 * parameter values apply; without it the facts' own reporting year is used. Used by the build's
 * parameterised test and, later, to test a draft before it may be activated.
 */
public final class RuleSetTestSuite {

    /**
     * One test case. {@code expected} maps criterion code (or {@code band}) to the expected value;
     * {@code year} is the reporting year for the parameters, {@code null} to take the facts' own.
     */
    public record TestCase(String name, JsonObject facts, Map<String, String> expected, Boolean counted, Integer year) {

        /** A case judged in the facts' own reporting year. */
        public TestCase(String name, JsonObject facts, Map<String, String> expected, Boolean counted) {
            this(name, facts, expected, counted, null);
        }
    }

    /** The result of one case. */
    public record CaseResult(String name, boolean passed, String message) implements Serializable {
    }

    private final FactModel model;
    private final List<TestCase> cases;

    private RuleSetTestSuite(FactModel model, List<TestCase> cases) {
        this.model = model;
        this.cases = List.copyOf(cases);
    }

    /** Reads a {@code tests.json}; a malformed file is a {@link RuleSetException} naming the problem. */
    public static RuleSetTestSuite parse(String ruleSet, String json) {
        if (json == null || json.isBlank()) {
            throw new RuleSetException(ruleSet, "Berkas tests.json tidak ada: setiap aturan wajib punya kasus uji");
        }
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        } catch (RuntimeException e) {
            throw new RuleSetException(ruleSet, "tests.json bukan JSON yang sah: " + e.getMessage());
        }
        FactModel model = FactModel.byKey(root.getString("facts", ""))
                .orElseThrow(() -> new RuleSetException(ruleSet, "tests.json: \"facts\" harus salah satu dari "
                        + Arrays.stream(FactModel.values()).map(FactModel::getKey).toList()));
        List<TestCase> cases = new ArrayList<>();
        for (JsonValue value : root.getJsonArray("cases") == null ? List.<JsonValue>of() : root.getJsonArray("cases")) {
            JsonObject item = value.asJsonObject();
            Map<String, String> expected = new LinkedHashMap<>();
            item.getJsonObject("expected").forEach((key, v) ->
                    expected.put(key, v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonString) v).getString()));
            Boolean counted = item.containsKey("counted") ? item.getBoolean("counted") : null;
            Integer year = item.containsKey("year") ? item.getInt("year") : null;
            cases.add(new TestCase(item.getString("name"), item.getJsonObject("facts"), expected, counted, year));
        }
        if (cases.isEmpty()) {
            throw new RuleSetException(ruleSet, "tests.json tidak berisi kasus uji");
        }
        return new RuleSetTestSuite(model, cases);
    }

    public FactModel getModel() {
        return model;
    }

    public List<TestCase> getCases() {
        return cases;
    }

    /**
     * What the cases fail to cover: for criteria, every criterion needs a MET, a NOT_MET and a
     * NO_DATA case (a "no" must be as tested as a "yes").
     */
    public List<String> coverageProblems(CompiledRuleSet rules) {
        List<String> problems = new ArrayList<>();
        if (model.isCriteria()) {
            if (rules.getCriteria().isEmpty()) {
                problems.add("Aturan tidak menyatakan kriteria apa pun (@kriteria(\"KODE\"))");
            }
            for (String criterion : rules.getCriteria()) {
                Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
                cases.stream().map(c -> c.expected().get(criterion)).filter(v -> v != null)
                        .forEach(v -> seen.add(Outcome.valueOf(v)));
                EnumSet<Outcome> missing = EnumSet.allOf(Outcome.class);
                missing.removeAll(seen);
                if (!missing.isEmpty()) {
                    problems.add("Kriteria " + criterion + " belum punya kasus uji untuk " + missing);
                }
            }
        }
        return problems;
    }

    /** Runs one case against the compiled rules. */
    public CaseResult run(CompiledRuleSet rules, TestCase testCase) {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Object fact = jsonb.fromJson(testCase.facts().toString(), model.getFactClass());
            return model.isCriteria() ? runCriteria(rules, testCase, (Subject) fact) : runScale(rules, testCase, fact);
        } catch (RuleSetException e) {
            return new CaseResult(testCase.name(), false, e.getMessage());
        } catch (Exception e) {
            return new CaseResult(testCase.name(), false, "Kasus uji tidak dapat dijalankan: " + e);
        }
    }

    private CaseResult runCriteria(CompiledRuleSet rules, TestCase testCase, Subject subject) {
        List<CriterionFinding> findings = (testCase.year() == null ? rules.judge(List.of(subject))
                : rules.judge(List.of(subject), testCase.year())).get(subject.getSubjectId());
        List<String> failures = new ArrayList<>();
        for (String criterion : rules.getCriteria()) {
            long count = findings.stream().filter(f -> f.getCriterion().equals(criterion)).count();
            if (count != 1) {
                failures.add(criterion + ": " + count + " temuan (harus tepat 1)");
            }
        }
        testCase.expected().forEach((criterion, expected) -> {
            Optional<CriterionFinding> actual = findings.stream().filter(f -> f.getCriterion().equals(criterion)).findFirst();
            String got = actual.map(f -> f.getOutcome().name()).orElse("(tidak ada temuan)");
            if (!got.equals(expected)) {
                failures.add(criterion + ": diharapkan " + expected + ", hasil " + got
                        + actual.map(f -> " (" + f.getEvidence() + ")").orElse(""));
            }
        });
        if (testCase.counted() != null) {
            boolean counted = Determination.counts(rules.getCriteria(),
                    findings.stream().map(CriterionFinding::toFinding).toList());
            if (counted != testCase.counted()) {
                failures.add("dihitung: diharapkan " + testCase.counted() + ", hasil " + counted);
            }
        }
        return new CaseResult(testCase.name(), failures.isEmpty(), String.join("; ", failures));
    }

    private CaseResult runScale(CompiledRuleSet rules, TestCase testCase, Object fact) {
        BigDecimal value = ((ScaleValue) fact).getValue();
        String expected = testCase.expected().get("band");
        String got = rules.band(value).map(BandAssignment::getCode).orElse(null);
        boolean passed = expected == null ? got == null : expected.equals(got);
        return new CaseResult(testCase.name(), passed, passed ? "" : "pita: diharapkan " + expected + ", hasil " + got);
    }
}
