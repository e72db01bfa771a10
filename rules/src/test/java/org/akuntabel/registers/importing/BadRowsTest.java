package org.akuntabel.registers.importing;

import org.akuntabel.registers.staff.Employment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files with bad rows give exactly the expected rejected rows, each with its row number, column and reason. */
class BadRowsTest {

    private static ImportPlan plan(Register register, String resource) {
        try (InputStream in = Objects.requireNonNull(BadRowsTest.class.getResourceAsStream(resource))) {
            try (TabularSource source = TabularSource.csv(in.readAllBytes())) {
                ImportPlan plan = RegisterImport.plan(register, source, ExistingRecords.none());
                assertFalse(plan.isFatal(), plan.summary());
                assertEquals(List.of(), plan.fileIssues());
                return plan;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "row column kind" of every error of every rejected record, in file order. */
    private static List<String> rejections(ImportPlan plan) {
        List<String> lines = new ArrayList<>();
        for (PlannedRecord record : plan.rejected()) {
            for (RowIssue issue : record.issues()) {
                if (issue.severity() == Severity.ERROR) {
                    lines.add(issue.row() + " " + issue.column() + " " + issue.kind());
                }
            }
        }
        return lines;
    }

    private static String message(ImportPlan plan, int row, String column) {
        return plan.issues(i -> i.row() == row && column.equals(i.column())).get(0).message();
    }

    private static List<Integer> rows(List<PlannedRecord> records) {
        return records.stream().map(PlannedRecord::row).toList();
    }

    @Test
    void cooperatives() {
        ImportPlan plan = plan(Register.COOPERATIVE, "baris-salah-koperasi.csv");
        assertEquals(List.of(
                "3 Nama Koperasi REQUIRED",
                "4 Volume Usaha OUT_OF_RANGE",
                "5 Tanggal RAT INVALID_VALUE",
                "6 Tanggal RAT DATE_OUTSIDE_YEAR",
                "7 Tahun INVALID_VALUE",
                "8 Nomor Badan Hukum DUPLICATE_KEY",
                "9 Volume Usaha INVALID_VALUE",
                "10 Volume Usaha INVALID_VALUE",
                "11 Volume Usaha OUT_OF_RANGE",
                "12 Tanggal RAT INVALID_VALUE",
                "12 Aset OUT_OF_RANGE",
                "13 Tahun REQUIRED"), rejections(plan));
        assertEquals(List.of(2, 14), rows(plan.additions()));
        assertEquals("'Nama Koperasi' wajib diisi", message(plan, 3, "Nama Koperasi"));
        assertEquals("'Volume Usaha' tidak boleh negatif (tertulis -5.000.000)", message(plan, 4, "Volume Usaha"));
        assertEquals("Tanggal tidak ada: 31 Februari 2025", message(plan, 5, "Tanggal RAT"));
        assertEquals("Tanggal RAT 15 Maret 2024 tidak berada dalam tahun 2025", message(plan, 6, "Tanggal RAT"));
        assertEquals("Tahun '20x5' tidak dapat dibaca (tulis empat angka, mis. 2025)", message(plan, 7, "Tahun"));
        assertEquals("Data ganda: Nomor Badan Hukum '518/01/BH/2015', Nama Koperasi 'KOPERASI MAJU BERSAMA' tahun 2025 "
                + "sudah ada di baris 2 berkas ini", message(plan, 8, "Nomor Badan Hukum"));
        assertEquals("'12abc' bukan angka yang dapat dibaca", message(plan, 9, "Volume Usaha"));
        assertEquals("'-' tidak jelas: kosongkan sel bila data tidak ada, atau tulis 0", message(plan, 10, "Volume Usaha"));
        assertEquals("'Volume Usaha' paling banyak 3 angka di belakang koma (tertulis 1.000.000,5555)",
                message(plan, 11, "Volume Usaha"));
        assertEquals("'Tahun' wajib diisi", message(plan, 13, "Tahun"));

        PlannedRecord empty = plan.additions().get(1);
        assertEquals("Koperasi Baik Kedua", empty.value("name"));
        assertNull(empty.value("ratDate"));
        assertNull(empty.value("businessVolume"));
        assertNull(empty.value("assets"));
        PlannedRecord first = plan.additions().get(0);
        assertEquals("nbh:518/01/BH/2015#2025", first.key());
        assertEquals(LocalDate.of(2025, 3, 12), first.value("ratDate"));
        assertEquals(new BigDecimal("1500000000"), first.value("businessVolume"));
    }

    @Test
    void staffScores() {
        ImportPlan plan = plan(Register.STAFF_SCORE, "baris-salah-pegawai.csv");
        assertEquals(List.of(
                "3 NIP WRONG_DIGITS",
                "4 Status Kepegawaian INVALID_VALUE",
                "5 Kualifikasi OUT_OF_RANGE",
                "6 Kompetensi OUT_OF_RANGE",
                "6 Kinerja OUT_OF_RANGE",
                "6 Disiplin OUT_OF_RANGE",
                "7 NIP DUPLICATE_KEY",
                "9 Nama REQUIRED"), rejections(plan));
        assertEquals(List.of(2, 8), rows(plan.additions()));
        assertEquals("NIP harus 18 angka; tertulis 17 angka (19870312201001200)", message(plan, 3, "NIP"));
        assertEquals("Status kepegawaian 'Honorer' tidak dikenal (tulis PNS atau PPPK)", message(plan, 4, "Status Kepegawaian"));
        assertEquals("'Kualifikasi' harus antara 0 dan 25 (tertulis 26)", message(plan, 5, "Kualifikasi"));
        assertEquals("'Disiplin' harus antara 0 dan 5 (tertulis 6)", message(plan, 6, "Disiplin"));

        PlannedRecord siti = plan.additions().get(0);
        assertEquals("nip:198703122010012001#2025", siti.key());
        assertEquals(Employment.PNS, siti.value("employment"));
        assertEquals(new BigDecimal("20.5"), siti.value("qualification"));
        assertEquals(new BigDecimal("32.54"), siti.value("competence"));
        PlannedRecord eko = plan.additions().get(1);
        assertEquals("198703122010011005", eko.value("nip"), "dots dropped");
        assertEquals(Employment.PPPK, eko.value("employment"));
        assertNull(eko.value("discipline"), "not measured");
    }

    @Test
    void microBusinesses() {
        ImportPlan plan = plan(Register.MICRO_BUSINESS, "baris-salah-usaha-mikro.csv");
        assertEquals(List.of(
                "5 NIB WRONG_DIGITS",
                "6 NPWP WRONG_DIGITS",
                "7 Kecamatan REQUIRED",
                "8 Komoditas Tetap INVALID_VALUE",
                "8 Tempat Usaha Tetap INVALID_VALUE",
                "9 Nama Usaha DUPLICATE_KEY",
                "10 Modal Usaha OUT_OF_RANGE"), rejections(plan));
        assertEquals(List.of(2, 3, 4, 11), rows(plan.additions()));
        assertEquals("NPWP harus 15 atau 16 angka; tertulis 12 angka (01.234.567.8-901)", message(plan, 6, "NPWP"));
        assertEquals("'mungkin' bukan ya/tidak (yang dikenali: ya, tidak, ada, tidak ada, y, n, true, false, 1, 0, \u2713)",
                message(plan, 8, "Komoditas Tetap"));
        assertEquals("'-' tidak jelas: kosongkan sel bila data tidak ada, atau tulis ya/tidak", message(plan, 8, "Tempat Usaha Tetap"));

        String[] criteria = {"fixedCommodity", "fixedPlace", "financialRecords", "separatedFinances", "entrepreneurshipTraining",
                "financeAccess"};
        PlannedRecord mawar = plan.additions().get(0);
        assertEquals("nib:1234567890123", mawar.key());
        assertEquals("012345678901000", mawar.value("npwp"));
        assertEquals(new BigDecimal("25000000"), mawar.value("capital"));
        assertTrue(Arrays.stream(criteria).allMatch(c -> Boolean.TRUE.equals(plan.additions().get(1).value(c))), "Ya Y ✓ 1 TRUE ada");
        assertTrue(Arrays.stream(criteria).allMatch(c -> Boolean.FALSE.equals(plan.additions().get(2).value(c))),
                "tidak ada, n, 0, false, Tidak, belum");
        PlannedRecord sambal = plan.additions().get(3);
        assertEquals("nama:sambal lingkung|manggar", sambal.key());
        assertTrue(Arrays.stream(criteria).allMatch(c -> sambal.values().containsKey(c) && sambal.value(c) == null),
                "empty is not recorded, never 'no'");
    }

    @Test
    void companies() {
        ImportPlan plan = plan(Register.COMPANY, "baris-salah-perusahaan.csv");
        assertEquals(List.of(
                "3 Jumlah Tenaga Kerja INVALID_VALUE",
                "4 PP/PKB INVALID_VALUE",
                "5 Nama Perusahaan DUPLICATE_KEY"), rejections(plan));
        assertEquals(List.of(2, 6), rows(plan.additions()));
        assertEquals("'Jumlah Tenaga Kerja' harus bilangan bulat (tertulis 12,5)", message(plan, 3, "Jumlah Tenaga Kerja"));
        PlannedRecord sahabat = plan.additions().get(0);
        assertEquals(1976, sahabat.value("workers"));
        assertEquals(1945, sahabat.value("bpjsParticipants"));
        assertEquals(Boolean.TRUE, sahabat.value("ppPkb"));
        assertNull(sahabat.value("wageStructure"), "not recorded, not 'tidak'");
        PlannedRecord steelindo = plan.additions().get(1);
        assertEquals(List.of("6 Peserta BPJS Ketenagakerjaan WARNING Peserta BPJS Ketenagakerjaan (2400) lebih banyak dari "
                        + "jumlah tenaga kerja (2332)"),
                steelindo.issues().stream().map(i -> i.row() + " " + i.column() + " " + i.severity() + " " + i.message()).toList());
    }

    @Test
    void statistics() {
        ImportPlan plan = plan(Register.STATISTIC, "baris-salah-statistik.csv");
        assertEquals(List.of(
                "4 Nilai REQUIRED",
                "5 Kode REQUIRED",
                "7 Kode DUPLICATE_KEY"), rejections(plan));
        assertEquals(List.of(2, 3, 6), rows(plan.additions()));
        assertEquals("kode:PDRB#2025#triwulan i", plan.additions().get(1).key());
        assertEquals(new BigDecimal("1595000.25"), plan.additions().get(1).value("value"));
        PlannedRecord growth = plan.additions().get(2);
        assertEquals(new BigDecimal("-1.25"), growth.value("value"), "statistics may be negative");
        assertNull(growth.value("provisional"));
    }

    @Test
    void spreadsheetCellsOfTheWrongKind(@TempDir Path directory) {
        List<List<Object>> rows = List.of(
                List.of("NIP", "Nama", "Status Kepegawaian", "Tahun", "Kualifikasi", "Kompetensi", "Kinerja", "Disiplin"),
                List.of(198703122010012001d, "Siti Rahmawati", "PNS", 2025, 20.5, 32.54, 25, 5),
                List.of("198703122010011002", "Ani Lestari", "PPPK", 2025, LocalDate.of(2025, 1, 1), 30, true, 5),
                List.of("198703122010011003", "Budi Santoso", "PNS", 2025.0, 21.123, 30, 25, 5));
        Path file = TestFiles.write(directory, "pegawai.xlsx", TestFiles.xlsx("IP ASN", rows));
        try (TabularSource source = TabularSource.open(file)) {
            ImportPlan plan = RegisterImport.plan(Register.STAFF_SCORE, source, ExistingRecords.none());
            assertEquals(List.of("2 NIP INVALID_VALUE", "3 Kualifikasi INVALID_VALUE", "3 Kinerja INVALID_VALUE",
                    "4 Kualifikasi OUT_OF_RANGE"), rejections(plan));
            assertTrue(message(plan, 2, "NIP").startsWith("NIP 198703122010012000 tidak dapat dipercaya (sel disimpan sebagai "
                    + "angka di lembar kerja"), message(plan, 2, "NIP"));
            assertEquals("Sel berisi tanggal (2025-01-01), bukan angka", message(plan, 3, "Kualifikasi"));
            assertEquals("'Kualifikasi' paling banyak 2 angka di belakang koma (tertulis 21,123)", message(plan, 4, "Kualifikasi"));
        }
    }
}
