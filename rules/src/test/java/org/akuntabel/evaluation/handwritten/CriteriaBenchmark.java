package org.akuntabel.evaluation.handwritten;

import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.CriterionFinding;
import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.Outcome;
import org.akuntabel.evaluation.RuleSetCompiler;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.evaluation.Subject;
import org.akuntabel.registers.synthetic.SyntheticDataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Benchmark (not a test): in-memory evaluation throughput of the shipped criteria rule sets (Drools) against the same
 * criteria written by hand in Java ({@link HandWrittenCriteria}, kept identical by {@code HandWrittenCriteriaTest}), on
 * the synthetic national register ({@link SyntheticDataset}, seed 8, reporting year 2025). Entities are made and judged
 * in chunks of {@value #CHUNK} (the page the batch job judges in one session, {@code RegisterPageReader.PAGE}), so the
 * heap holds one chunk at a time; only judging is timed (making the facts is not).
 * Each size is measured after a warm-up run, as the median of several runs; the figure is entities per second.
 * Run from the project root (after {@code mvn -q install -DskipTests}):
 * <pre>
 * mvn -q -o -pl rules test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx1g -cp rules/target/test-classes:rules/target/classes:domain/target/classes:$(cat rules/target/test.classpath) \
 *     org.akuntabel.evaluation.handwritten.CriteriaBenchmark [sizes, default 100000,300000,1000000] [runs, default 3]
 * </pre>
 */
public final class CriteriaBenchmark {

    static final int CHUNK = 1_000;
    private static final int YEAR = 2025;

    private CriteriaBenchmark() {
    }

    public static void main(String[] args) {
        long[] sizes = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToLong(Long::parseLong).toArray()
                : new long[] {100_000, 300_000, 1_000_000};
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SyntheticDataset dataset = new SyntheticDataset(8, YEAR);
        ClassLoader loader = CriteriaBenchmark.class.getClassLoader();
        RuleSetCompiler compiler = new RuleSetCompiler(loader);
        CompiledRuleSet micro = compiler.compile(RuleSetSource.fromClasspath("wirausaha-usaha-mikro", loader).orElseThrow());
        CompiledRuleSet cooperative = compiler.compile(RuleSetSource.fromClasspath("koperasi-berkualitas", loader).orElseThrow());
        CompiledRuleSet company = compiler.compile(RuleSetSource.fromClasspath("perusahaan-layak", loader).orElseThrow());

        System.out.printf(Locale.ROOT, "max heap %d MB, %d processors, load average %.2f; chunks of %d; median of %d runs after 1 warm-up%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), CHUNK, runs);
        System.out.printf(Locale.ROOT, "%-24s %10s %14s %14s %8s%n", "register (rule set)", "entities", "Drools ent/s", "Java ent/s",
                "ratio");
        for (long size : sizes) {
            measure("usaha mikro (wirausaha)", size, runs, micro, new MicroBusinessEntrepreneurJava(),
                    i -> dataset.microBusiness(i).facts(YEAR));
        }
        measure("koperasi (berkualitas)", 130_000, runs, cooperative, new CooperativeQualityJava(),
                i -> dataset.cooperative(i).facts(YEAR));
        measure("perusahaan (layak)", 100_000, runs, company, new CompanyComplianceJava(company.parametersFor(YEAR)),
                i -> dataset.company(i).facts(YEAR));
    }

    private static <S extends Subject> void measure(String label, long size, int runs, CompiledRuleSet rules,
                                                    HandWrittenCriteria<S> java, LongFunction<S> facts) {
        List<Double> droolsRates = new ArrayList<>();
        List<Double> javaRates = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            long droolsNanos = 0;
            long javaNanos = 0;
            long droolsMet = 0;
            long javaMet = 0;
            for (long from = 0; from < size; from += CHUNK) {
                List<S> chunk = new ArrayList<>(CHUNK);
                for (long i = from; i < Math.min(size, from + CHUNK); i++) {
                    chunk.add(facts.apply(i));
                }
                long start = System.nanoTime();
                Map<Long, List<CriterionFinding>> judged = rules.judge(chunk, YEAR);
                long middle = System.nanoTime();
                List<List<Finding>> byHand = new ArrayList<>(chunk.size());
                for (S subject : chunk) {
                    byHand.add(java.judge(subject));
                }
                long end = System.nanoTime();
                droolsNanos += middle - start;
                javaNanos += end - middle;
                for (List<CriterionFinding> findings : judged.values()) {
                    droolsMet += findings.stream().filter(f -> f.getOutcome() == Outcome.MET).count();
                }
                for (List<Finding> findings : byHand) {
                    javaMet += findings.stream().filter(f -> f.getOutcome() == Outcome.MET).count();
                }
            }
            if (droolsMet != javaMet) {
                throw new IllegalStateException(label + ": Drools found " + droolsMet + " criteria met, Java " + javaMet);
            }
            if (run > 0) {
                droolsRates.add(size / (droolsNanos / 1e9));
                javaRates.add(size / (javaNanos / 1e9));
            }
        }
        double drools = median(droolsRates);
        double hand = median(javaRates);
        System.out.printf(Locale.ROOT, "%-24s %10d %14.0f %14.0f %8.2f%n", label, size, drools, hand, drools / hand);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
