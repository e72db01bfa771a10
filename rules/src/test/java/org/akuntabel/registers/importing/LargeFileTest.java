package org.akuntabel.registers.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 100 000 cooperative rows from CSV and from XLSX, planned with the default surefire heap. While the file is
 * read, the live heap (measured after a full collection every 20 000 rows) stays small: the XLSX sheet is
 * streamed, never built as a DOM workbook, and the CSV is never held as a whole. What grows is the plan itself
 * (one compact record per row). No timing is asserted: see {@link ImportBenchmark}.
 */
class LargeFileTest {

    static final int ROWS = 100_000;
    /** Live heap allowed while planning 100 000 rows, plan included (a DOM workbook of this sheet alone is larger). */
    static final long LIVE_HEAP_LIMIT = 400L * 1024 * 1024;

    @TempDir
    Path directory;

    /** Measures the live heap now and then while rows go by. */
    static final class Watched implements TabularSource {
        private final TabularSource source;
        long maxLiveHeap;
        int rows;

        Watched(TabularSource source) {
            this.source = source;
        }

        @Override
        public void forEachRow(Consumer<SourceRow> consumer) {
            source.forEachRow(row -> {
                if (++rows % 20_000 == 0) {
                    System.gc();
                    maxLiveHeap = Math.max(maxLiveHeap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                }
                consumer.accept(row);
            });
        }

        @Override
        public String description() {
            return source.description();
        }

        @Override
        public void close() {
            source.close();
        }
    }

    private void check(Path file) {
        try (Watched source = new Watched(TabularSource.open(file))) {
            ImportPlan plan = RegisterImport.plan(Register.COOPERATIVE, source, ExistingRecords.none());
            System.out.printf("%s: %d rows, live heap at most %d MB while planning (max heap %d MB)%n", plan.source(),
                    plan.rowsRead(), source.maxLiveHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            assertEquals(ROWS, plan.rowsRead());
            assertEquals(ROWS, plan.additions().size());
            assertEquals(List.of(), plan.issues());
            assertEquals(2 * (ROWS + 1), source.rows, "read twice, header included");
            assertTrue(source.maxLiveHeap < LIVE_HEAP_LIMIT, "live heap " + (source.maxLiveHeap >> 20) + " MB");

            Random random = new Random(42);
            for (int i = 1; i <= ROWS; i++) {
                LargeCooperativeFiles.Row expected = LargeCooperativeFiles.row(random, i);
                if (i % 9_973 == 1) {
                    PlannedRecord record = plan.additions().get(i - 1);
                    assertEquals(expected.name(), record.value("name"));
                    assertEquals(LocalDate.class, record.value("ratDate").getClass());
                    assertEquals(expected.rat(), record.value("ratDate"));
                    assertEquals(0, expected.volume().compareTo((BigDecimal) record.value("businessVolume")));
                    assertEquals(0, expected.assets().compareTo((BigDecimal) record.value("assets")));
                }
            }
        }
    }

    @Test
    void aHundredThousandRowsOfCsv() {
        check(LargeCooperativeFiles.csv(directory.resolve("koperasi.csv"), ROWS));
    }

    @Test
    void aHundredThousandRowsOfXlsx() {
        check(LargeCooperativeFiles.xlsx(directory.resolve("koperasi.xlsx"), ROWS));
    }
}
