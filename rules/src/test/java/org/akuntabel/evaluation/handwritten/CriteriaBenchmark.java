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
import java.util.function.LongFunction;

/**
 * Benchmark (not a test): in-memory evaluation throughput of the shipped criteria rule sets (Drools) against the same
 * criteria written by hand in Java ({@link HandWrittenCriteria}, kept identical by {@code HandWrittenCriteriaTest}), on
 * the synthetic national register ({@link SyntheticDataset}, seed 8, reporting year 2025). Entities are made and judged
 * in chunks of {@value #CHUNK} (the page the batch job judges at a time, {@code RegisterPageReader.PAGE}), so the
 * heap holds one chunk at a time; only judging is timed (making the facts is not). The rules judge a chunk as the batch job
 * judges a page ({@link CompiledRuleSet#judgeEach}); each chunk is judged by the rules and then by hand, one after the other,
 * so both meet the same state of the machine. Before a register is measured its runs are repeated, unmeasured, for at
 * least 20 s (the JIT compiler takes that long to settle on the engine's code paths; a run of the smallest size takes
 * about a second), then each size after one more unmeasured run; the figure is entities per second, the median of the
 * measured runs.
 * Run from the project root (after {@code mvn -q install -DskipTests}):
 * <pre>
 * mvn -q -o -pl rules test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -Xmx1g -cp rules/target/test-classes:rules/target/classes:domain/target/classes:$(cat rules/target/test.classpath) \
 *     org.akuntabel.evaluation.handwritten.CriteriaBenchmark [sizes, default 100000,300000,1000000] [runs, default 3] \
 *     [warm-up seconds, default 20]
 * </pre>
 */
public final class CriteriaBenchmark {

    static final int CHUNK = 1_000;
    /** Each register's first runs, until this much time has gone by, are not measured (the JIT compiles the engine's paths). */
    private static final double WARM_UP_SECONDS = 20;
    private static final int YEAR = 2025;

    private CriteriaBenchmark() {
    }

    public static void main(String[] args) {
        long[] sizes = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToLong(Long::parseLong).toArray()
                : new long[] {100_000, 300_000, 1_000_000};
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        final double warmUp = args.length > 2 ? Double.parseDouble(args[2]) : WARM_UP_SECONDS;
        SyntheticDataset dataset = new SyntheticDataset(8, YEAR);
        ClassLoader loader = CriteriaBenchmark.class.getClassLoader();
        RuleSetCompiler compiler = new RuleSetCompiler(loader);
        CompiledRuleSet micro = compiler.compile(RuleSetSource.fromClasspath("wirausaha-usaha-mikro", loader).orElseThrow());
        CompiledRuleSet cooperative = compiler.compile(RuleSetSource.fromClasspath("koperasi-berkualitas", loader).orElseThrow());
        CompiledRuleSet company = compiler.compile(RuleSetSource.fromClasspath("perusahaan-layak", loader).orElseThrow());

        System.out.printf(Locale.ROOT, "max heap %d MB, %d processors, load average %.2f; chunks of %d; median of %d runs after"
                        + " warm-up runs of at least %.0f s per register%n",
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), CHUNK, runs, warmUp);
        System.out.printf(Locale.ROOT, "%-24s %10s %14s %14s %8s%n", "register (rule set)", "entities", "Drools ent/s", "Java ent/s",
                "ratio");
        for (int s = 0; s < sizes.length; s++) {
            // the same rule set at the next size: warm already
            measure("usaha mikro (wirausaha)", sizes[s], runs, s == 0 ? warmUp : 0, micro, new MicroBusinessEntrepreneurJava(),
                    i -> dataset.microBusiness(i).facts(YEAR));
        }
        measure("koperasi (berkualitas)", 130_000, runs, warmUp, cooperative, new CooperativeQualityJava(),
                i -> dataset.cooperative(i).facts(YEAR));
        measure("perusahaan (layak)", 100_000, runs, warmUp, company, new CompanyComplianceJava(company.parametersFor(YEAR)),
                i -> dataset.company(i).facts(YEAR));
    }

    private static <S extends Subject> void measure(String label, long size, int runs, double warmUpSeconds, CompiledRuleSet rules,
                                                    HandWrittenCriteria<S> java, LongFunction<S> facts) {
        List<Double> droolsRates = new ArrayList<>();
        List<Double> javaRates = new ArrayList<>();
        long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        boolean warmingUp = true;
        while (droolsRates.size() < runs) {
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
                List<List<CriterionFinding>> judged = rules.judgeEach(chunk, YEAR);
                long middle = System.nanoTime();
                List<List<Finding>> byHand = new ArrayList<>(chunk.size());
                for (S subject : chunk) {
                    byHand.add(java.judge(subject));
                }
                long end = System.nanoTime();
                droolsNanos += middle - start;
                javaNanos += end - middle;
                for (List<CriterionFinding> findings : judged) {
                    droolsMet += findings.stream().filter(f -> f.getOutcome() == Outcome.MET).count();
                }
                for (List<Finding> findings : byHand) {
                    javaMet += findings.stream().filter(f -> f.getOutcome() == Outcome.MET).count();
                }
            }
            if (droolsMet != javaMet) {
                throw new IllegalStateException(label + ": Drools found " + droolsMet + " criteria met, Java " + javaMet);
            }
            if (!warmingUp) {
                droolsRates.add(size / (droolsNanos / 1e9));
                javaRates.add(size / (javaNanos / 1e9));
            }
            warmingUp = warmingUp && System.nanoTime() < warmUpEnd;
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
