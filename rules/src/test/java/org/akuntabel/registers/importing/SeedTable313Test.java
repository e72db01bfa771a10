package org.akuntabel.registers.importing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tabel 3.13 of the seed (cooperatives: RAT dates, business volume and assets for 2024 and 2025) as printed,
 * mixed number formats, the empty cell and the ambiguous cells included, imported into an empty register: from
 * an XLSX sheet, and from the same rows as CSV in UTF-8 and Windows-1252.
 */
class SeedTable313Test {

    private static final SeedTable313 SEED = new SeedTable313();

    @TempDir
    static Path directory;

    private static ImportPlan fromXlsx;

    @BeforeAll
    static void planXlsx() {
        fromXlsx = planXlsx(Decisions.none(), ExistingRecords.none());
    }

    private static ImportPlan planXlsx(Decisions decisions, ExistingRecords existing) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(SeedTable313.HEADER));
        for (List<String> printed : SEED.printed()) {
            List<Object> row = new ArrayList<>(printed);
            row.set(0, Integer.parseInt(printed.get(0))); // "no" as the number a spreadsheet would hold
            rows.add(row);
        }
        Path file = TestFiles.write(directory, "tabel-3.13.xlsx", TestFiles.xlsx("Tabel 3.13", rows));
        try (TabularSource source = TabularSource.open(file)) {
            return RegisterImport.plan(Register.COOPERATIVE, source, existing, decisions);
        }
    }

    private static List<List<String>> printedWithHeader() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(SeedTable313.HEADER);
        rows.addAll(SEED.printed());
        return rows;
    }

    /** The row of cooperative {@code no}: the header is row 1. */
    private static int row(int no) {
        return no + 1;
    }

    private static PlannedRecord record(ImportPlan plan, int no, int year) {
        return plan.records().stream().filter(r -> r.row() == row(no) && Integer.valueOf(year).equals(r.value("year")))
                .findFirst().orElseThrow(() -> new AssertionError("no record for no. " + no + " " + year));
    }

    @Test
    void everyRowGivesARecordPerYearAndNothingIsRejected() {
        assertFalse(fromXlsx.isFatal(), fromXlsx.fileIssues().toString());
        assertEquals("XLSX (lembar 'Tabel 3.13')", fromXlsx.source());
        assertEquals(1, fromXlsx.headerRow());
        assertEquals(54, fromXlsx.rowsRead());
        assertEquals(108, fromXlsx.records().size());
        assertEquals(List.of(), fromXlsx.rejected());
        assertEquals(List.of(), fromXlsx.fileIssues());
        assertEquals(105, fromXlsx.additions().size());
        assertEquals(3, fromXlsx.awaitingDecision().size());
        assertEquals(0, fromXlsx.updates().size() + fromXlsx.unchanged().size());
    }

    @Test
    void theAmbiguousCellsWaitForADecisionWithBothReadings() {
        List<RowIssue> needed = fromXlsx.decisionsNeeded();
        assertEquals(List.of("33 aset_2025 [21342.752, 21342752]",
                        "37 volume_usaha_2024 [1023950.900, 1023950900]",
                        "37 volume_usaha_2025 [1023988.000, 1023988000]"),
                needed.stream().map(i -> i.row() + " " + i.column() + " " + i.readings()).toList());
        RowIssue assets = needed.get(0);
        assertEquals(Severity.WARNING, assets.severity());
        assertEquals("perlu keputusan", assets.kind().label());
        assertTrue(assets.message().startsWith("Perlu keputusan: '21.342,752' dapat dibaca 21.342,752 (koma sebagai "
                + "pemisah desimal) atau 21.342.752 (koma salah ketik untuk pemisah ribuan)"), assets.message());
        assertTrue(needed.get(1).message().contains("1.023.950,900") && needed.get(1).message().contains("1.023.950.900"),
                needed.get(1).message());
        assertEquals(SEED.name(32), record(fromXlsx, 32, 2025).value("name"));
        assertEquals(Outcome.NEEDS_DECISION, record(fromXlsx, 32, 2025).outcome());
        assertEquals(Outcome.ADD, record(fromXlsx, 32, 2024).outcome(), "the 2024 record of the same row is not held back");
        assertEquals(Outcome.NEEDS_DECISION, record(fromXlsx, 36, 2024).outcome());
        assertEquals(Outcome.NEEDS_DECISION, record(fromXlsx, 36, 2025).outcome());
    }

    @Test
    void internationalCellsInIndonesianColumnsAreReadAndNoted() {
        List<RowIssue> noted = fromXlsx.issues(i -> i.kind() == IssueKind.FORMAT_MISMATCH);
        assertEquals(List.of("5 volume_usaha_2024", "5 aset_2024", "5 aset_2025", "8 aset_2024", "12 volume_usaha_2024",
                        "12 aset_2024", "12 aset_2025", "49 volume_usaha_2025", "50 volume_usaha_2025"),
                noted.stream().map(i -> i.row() + " " + i.column()).toList());
        assertTrue(noted.stream().allMatch(i -> i.severity() == Severity.WARNING));
        assertEquals("'93,982,090,845' ditulis dalam format internasional (koma pemisah ribuan, titik desimal), berbeda "
                + "dari kolom ini (format Indonesia (titik pemisah ribuan, koma desimal)); dibaca 93.982.090.845", noted.get(4).message());
        assertEquals(0, new BigDecimal("93982090845").compareTo((BigDecimal) record(fromXlsx, 11, 2024).value("businessVolume")));
        assertEquals(0, new BigDecimal("2615621882.99").compareTo((BigDecimal) record(fromXlsx, 1, 2025).value("assets")),
                "'2.615.621.882,99': decimal comma, two decimals: not ambiguous");
    }

    @Test
    void theEmptyCellStaysMissing() {
        PlannedRecord tiong = record(fromXlsx, 25, 2025);
        assertEquals("KOPERASI TIONG SEJAHTERA", tiong.value("name"));
        assertEquals(Outcome.ADD, tiong.outcome());
        assertTrue(tiong.values().containsKey("businessVolume"));
        assertNull(tiong.value("businessVolume"));
        assertEquals(0, new BigDecimal("27000000").compareTo((BigDecimal) tiong.value("assets")));
        assertEquals(List.of(), tiong.issues());
    }

    @Test
    void indonesianDatesInAnyCaseAreRead() {
        assertEquals(LocalDate.of(2025, 2, 20), record(fromXlsx, 53, 2025).value("ratDate"), "'20 februari 2025'");
        assertEquals(LocalDate.of(2024, 2, 24), record(fromXlsx, 43, 2024).value("ratDate"), "'24 februari 2024'");
        assertEquals(LocalDate.of(2025, 2, 12), record(fromXlsx, 1, 2025).value("ratDate"), "'12 Februari 2025'");
    }

    @Test
    void everyValueReadIsTheDemoDataValue() {
        String[][] columns = {{"ratDate", "tanggal_rat_"}, {"businessVolume", "volume_usaha_"}, {"assets", "aset_"}};
        int compared = 0;
        for (PlannedRecord record : fromXlsx.additions()) {
            int no = record.row() - 1;
            int year = (Integer) record.value("year");
            assertEquals(SEED.name(no), record.value("name"));
            for (String[] column : columns) {
                String expected = SEED.value(no, column[1] + year);
                Object actual = record.value(column[0]);
                if (expected.isEmpty()) {
                    assertNull(actual);
                } else if (actual instanceof LocalDate date) {
                    assertEquals(LocalDate.parse(expected), date);
                } else {
                    assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) actual), no + " " + column[1] + year);
                }
                compared++;
            }
        }
        assertEquals(105 * 3, compared);
    }

    @Test
    void theSameRowsAsCsvGiveTheSamePlan() {
        String csvComma = TestFiles.csv(',', printedWithHeader());
        String csvSemicolon = TestFiles.csv(';', printedWithHeader());
        assertTrue(csvSemicolon.contains("\u2018"), "the notes hold characters that Windows-1252 encodes differently");
        byte[][] files = {
                TestFiles.bytes(csvComma, StandardCharsets.UTF_8, true),
                TestFiles.bytes(csvSemicolon, StandardCharsets.UTF_8, false),
                TestFiles.bytes(csvSemicolon, CsvSource.WINDOWS_1252, false)};
        String[] descriptions = {"CSV (UTF-8 dengan BOM, pemisah ',')", "CSV (UTF-8, pemisah ';')",
                "CSV (Windows-1252, pemisah ';')"};
        for (int i = 0; i < files.length; i++) {
            try (TabularSource source = TabularSource.csv(files[i])) {
                ImportPlan plan = RegisterImport.plan(Register.COOPERATIVE, source, ExistingRecords.none());
                assertEquals(descriptions[i], plan.source());
                assertEquals(fromXlsx.records(), plan.records(), descriptions[i]);
                assertEquals(fromXlsx.fileIssues(), plan.fileIssues(), descriptions[i]);
            }
        }
    }

    @Test
    void decidedCellsAreReadAsDecidedAndReplanningAfterApplyingChangesNothing() {
        Decisions decisions = Decisions.none();
        for (RowIssue issue : fromXlsx.decisionsNeeded()) {
            decisions = decisions.with(issue.row(), issue.column(), issue.readings().get(0)); // as the demo data reads them
        }
        ImportPlan decided = planXlsx(decisions, ExistingRecords.none());
        assertEquals(108, decided.additions().size());
        assertEquals(3, decided.issues(i -> i.kind() == IssueKind.DECIDED).size());
        assertEquals(0, new BigDecimal("21342.752").compareTo((BigDecimal) record(decided, 32, 2025).value("assets")));

        InMemoryRecords register = new InMemoryRecords(Register.COOPERATIVE);
        register.apply(decided);
        assertEquals(108, register.size());
        assertNotNull(register.get("nama:koperasi tiong sejahtera#2025"));
        assertNull(register.get("nama:koperasi tiong sejahtera#2025").get("businessVolume"));

        ImportPlan again = planXlsx(decisions, register);
        assertFalse(again.hasChanges());
        assertEquals(108, again.unchanged().size());

        ImportPlan undecided = planXlsx(Decisions.none(), register);
        assertFalse(undecided.hasChanges());
        assertEquals(Map.of(Outcome.UNCHANGED, 105, Outcome.NEEDS_DECISION, 3),
                undecided.records().stream().collect(Collectors.groupingBy(PlannedRecord::outcome,
                        Collectors.collectingAndThen(Collectors.counting(), Long::intValue))));
    }
}
