package org.akuntabel.registers.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark (not a test): rows per second of planning a generated cooperative register ({@link LargeCooperativeFiles},
 * 100 000 rows unless the first argument says otherwise) from CSV and from XLSX against an empty register, warm,
 * median of several runs; and, for comparison, of only reading the rows. Run from the project root:
 * <pre>
 * mvn -q -o -pl rules -am test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test
 * java -cp rules/target/test-classes:rules/target/classes:domain/target/classes:$(cat rules/target/test.classpath) \
 *     org.akuntabel.registers.importing.ImportBenchmark [rows] [runs]
 * </pre>
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path directory = Files.createTempDirectory("akuntabel-import-benchmark");
        try {
            Path csv = LargeCooperativeFiles.csv(directory.resolve("koperasi.csv"), rows);
            Path xlsx = LargeCooperativeFiles.xlsx(directory.resolve("koperasi.xlsx"), rows);
            System.out.printf(Locale.ROOT, "%d rows; CSV %.1f MB, XLSX %.1f MB; max heap %d MB; %d runs after 1 warm-up%n", rows,
                    Files.size(csv) / 1e6, Files.size(xlsx) / 1e6, Runtime.getRuntime().maxMemory() >> 20, runs);
            System.out.printf(Locale.ROOT, "%-6s %16s %16s%n", "file", "plan rows/s", "read rows/s");
            for (Path file : List.of(csv, xlsx)) {
                List<Double> plan = new ArrayList<>();
                List<Double> read = new ArrayList<>();
                for (int i = 0; i <= runs; i++) {
                    try (TabularSource source = TabularSource.open(file)) {
                        long start = System.nanoTime();
                        int[] count = {0};
                        source.forEachRow(row -> count[0]++);
                        long readEnd = System.nanoTime();
                        ImportPlan result = RegisterImport.plan(Register.COOPERATIVE, source, ExistingRecords.none());
                        long planEnd = System.nanoTime();
                        if (result.additions().size() != rows || count[0] != rows + 1) {
                            throw new IllegalStateException(result.summary());
                        }
                        if (i > 0) {
                            read.add(rows / ((readEnd - start) / 1e9));
                            plan.add(rows / ((planEnd - readEnd) / 1e9));
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%-6s %16.0f %16.0f%n", file.getFileName().toString().endsWith("csv") ? "CSV" : "XLSX",
                        median(plan), median(read));
            }
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.delete(p);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
