package org.akuntabel.reporting.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Benchmark (not a test): how long rendering the fixture's Laporan Kinerja (six indicators, 54 cooperatives, the
 * budget, eight charts) takes, warm, median of {@value #RUNS} runs. Goal: ≤ 2 s for the PDF and for the DOCX.
 * Each rendering starts from the model, so it includes laying out the content and drawing the charts. Run (see
 * README, "Benchmarks"):
 * {@code mvn -q -pl rules test-compile exec:java -Dexec.mainClass=org.akuntabel.reporting.report.ReportBenchmark -Dexec.classpathScope=test}
 */
public final class ReportBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 7;

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        ReportModel model = ReportFixture.published();
        System.out.printf(Locale.ROOT, "%-26s %10s %10s%n", "rendering", "median ms", "KiB");
        measure("content and charts", () -> {
            ReportContent.of(model);
            return new byte[0];
        });
        measure("PDF (OpenPDF)", () -> PdfReport.render(model));
        measure("DOCX (Apache POI)", () -> DocxReport.render(model));
    }

    private static void measure(String name, Supplier<byte[]> rendering) {
        List<Double> times = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            size = rendering.get().length;
            long end = System.nanoTime();
            if (i >= WARM_UP) {
                times.add((end - start) / 1e6);
            }
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "%-26s %10.1f %10d%n", name, times.get(times.size() / 2), size / 1024);
    }
}
