package org.akuntabel.evaluation;

import org.akuntabel.evaluation.policy.ShippedRuleSets;
import org.akuntabel.evaluation.validation.RuleFileValidator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark (not a test): how long validating and compiling each shipped rule set takes, warm, median of
 * several runs. Goal: ≤ 2 s per rule set. Run (see README, "Benchmarks"):
 * {@code mvn -q -pl rules test-compile exec:java -Dexec.mainClass=org.akuntabel.evaluation.RuleSetBenchmark -Dexec.classpathScope=test}
 */
public final class RuleSetBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private RuleSetBenchmark() {
    }

    public static void main(String[] args) {
        ClassLoader loader = RuleSetBenchmark.class.getClassLoader();
        RuleSetCompiler compiler = new RuleSetCompiler(loader);
        System.out.printf(Locale.ROOT, "%-28s %12s %14s%n", "rule set", "validate ms", "validate+compile ms");
        for (String name : ShippedRuleSets.names(loader)) {
            RuleSetSource shipped = RuleSetSource.fromClasspath(name, loader).orElseThrow();
            List<Double> validate = new ArrayList<>();
            List<Double> compile = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                // a different comment each time, so every compilation is of a new version (no cache involved)
                RuleSetSource source = new RuleSetSource(name, shipped.text() + "\n// benchmark " + i + "\n", shipped.testCases(),
                        shipped.parameters());
                long start = System.nanoTime();
                List<RuleMessage> problems = new RuleFileValidator().validate(source.text());
                long validated = System.nanoTime();
                compiler.compile(source);
                long compiled = System.nanoTime();
                if (!problems.isEmpty()) {
                    throw new IllegalStateException(name + ": " + problems);
                }
                if (i >= WARM_UP) {
                    validate.add((validated - start) / 1e6);
                    compile.add((compiled - start) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%-28s %12.1f %14.1f%n", name, median(validate), median(compile));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
