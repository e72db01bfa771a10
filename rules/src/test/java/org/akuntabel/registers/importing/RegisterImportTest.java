package org.akuntabel.registers.importing;

import org.akuntabel.registers.staff.Employment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Columns, number formats, comparison with the register, decisions, templates. */
class RegisterImportTest {

    private static ImportPlan plan(Register register, String csv, ExistingRecords existing) {
        return plan(register, csv, existing, Decisions.none());
    }

    private static ImportPlan plan(Register register, String csv, ExistingRecords existing, Decisions decisions) {
        try (TabularSource source = TabularSource.csv(csv.getBytes(StandardCharsets.UTF_8))) {
            return RegisterImport.plan(register, source, existing, decisions);
        }
    }

    private static Map<String, Object> cooperative(String name, String number, int year, String volume, String assets) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", name);
        values.put("registrationNumber", number);
        values.put("year", year);
        values.put("businessVolume", volume == null ? null : new BigDecimal(volume));
        values.put("assets", assets == null ? null : new BigDecimal(assets));
        return values;
    }

    // ------------------------------------------------------------------ columns

    @Test
    void headersMatchWhateverTheCaseSpacingAndPunctuation() {
        ImportPlan plan = plan(Register.COOPERATIVE, "NAMA KOPERASI;No. Badan Hukum;  tahun ;Tgl. RAT;VOLUME_USAHA;Total Aset;Ket.\n"
                + "Koperasi A;12/BH/2015;2025;1 Mei 2025;1.000.000;2.000.000;baru\n", ExistingRecords.none());
        assertEquals(List.of(), plan.issues());
        assertEquals(Map.of("name", "Koperasi A", "registrationNumber", "12/BH/2015", "year", 2025, "ratDate",
                LocalDate.of(2025, 5, 1), "businessVolume", new BigDecimal("1000000"), "assets", new BigDecimal("2000000"),
                "note", "baru"), Map.copyOf(plan.additions().get(0).values()));
    }

    @Test
    void aDifferentNoteAloneIsNoChangeButANoteBesideAChangeIsKept() {
        Map<String, Object> stored = cooperative("Koperasi A", "12/BH/2015", 2025, "1000000", "2000000");
        stored.put("note", "dicatat dari LKjIP");
        InMemoryRecords existing = InMemoryRecords.of(Register.COOPERATIVE, List.of(stored));
        String header = "Nama Koperasi;Nomor Badan Hukum;Tahun;Volume Usaha;Aset;Catatan\n";
        ImportPlan same = plan(Register.COOPERATIVE, header + "Koperasi A;12/BH/2015;2025;1.000.000;2.000.000;catatan lain\n", existing);
        assertEquals(1, same.unchanged().size());
        ImportPlan changed = plan(Register.COOPERATIVE, header + "Koperasi A;12/BH/2015;2025;1.000.000;2.500.000;aset dikoreksi\n", existing);
        assertEquals(List.of("assets"), changed.updates().get(0).changes().stream().map(FieldChange::field).toList());
        assertEquals("aset dikoreksi", changed.updates().get(0).value("note"));
    }

    @Test
    void unknownColumnsAreIgnoredWithAWarning() {
        ImportPlan plan = plan(Register.COMPANY, "no,nama,alamat,jumlah_tenaga_kerja\n1,PT A,Jl. Merdeka,10\n", ExistingRecords.none());
        assertFalse(plan.isFatal());
        assertEquals(List.of(new RowIssue(1, "alamat", Severity.WARNING, IssueKind.UNKNOWN_COLUMN,
                "Kolom 'alamat' tidak dikenal untuk Perusahaan dan diabaikan", List.of())), plan.fileIssues());
        assertEquals(1, plan.additions().size());
    }

    @Test
    void missingRequiredColumnsAreOneClearError() {
        ImportPlan plan = plan(Register.STAFF_SCORE, "Nama,Kualifikasi\nSiti,20\n", ExistingRecords.none());
        assertTrue(plan.isFatal());
        assertEquals(List.of(), plan.records());
        List<RowIssue> errors = plan.issues(i -> i.severity() == Severity.ERROR);
        assertEquals(1, errors.size());
        assertEquals(IssueKind.MISSING_COLUMNS, errors.get(0).kind());
        assertEquals("Kolom wajib tidak ditemukan: 'NIP' (juga dikenali: no nip, nomor induk pegawai); 'Status Kepegawaian' "
                + "(juga dikenali: jenis asn, jenis kepegawaian, jenis pegawai, pns pppk); 'Tahun' (juga dikenali: tahun penilaian, "
                + "thn). Judul kolom yang ada: Nama, Kualifikasi. Unduh templat impor untuk melihat judul yang dikenali.",
                errors.get(0).message());
        assertTrue(plan.summary().startsWith("Nilai IP ASN pegawai: berkas tidak dapat diimpor. Kolom wajib tidak ditemukan"));
    }

    @Test
    void titleLinesAboveTheHeaderAreSkipped() {
        ImportPlan plan = plan(Register.COMPANY, "Tabel 3.10 Jumlah perusahaan yang menerapkan tata kelola kerja yang layak\n"
                + "Kabupaten Belitung Timur\n\nNo;Nama Perusahaan;Jumlah Tenaga Kerja\n1;PT A;10\n", ExistingRecords.none());
        assertEquals(4, plan.headerRow());
        assertEquals(List.of(5), plan.additions().stream().map(PlannedRecord::row).toList());
    }

    @Test
    void twoColumnsForOneFieldAreAnError() {
        ImportPlan plan = plan(Register.COMPANY, "Nama Perusahaan,Nama,Pekerja\nPT A,A,1\n", ExistingRecords.none());
        assertTrue(plan.isFatal());
        assertEquals("Kolom 'Nama Perusahaan' dan 'Nama' sama-sama dibaca sebagai 'Nama Perusahaan': hapus atau ganti judul "
                + "salah satunya", plan.fileIssues().get(0).message());
    }

    @Test
    void aYearColumnAndPerYearColumnsDoNotMix() {
        ImportPlan plan = plan(Register.COOPERATIVE, "nama,tahun,aset_2024\nA,2024,5\n", ExistingRecords.none());
        assertTrue(plan.isFatal());
        assertEquals(IssueKind.LAYOUT, plan.fileIssues().get(0).kind());
    }

    @Test
    void perYearColumnsInAnyWording() {
        ImportPlan plan = plan(Register.COOPERATIVE, "Nama Koperasi;Tanggal RAT Tahun 2024;Volume Usaha 2024;Aset Th 2024;Aset 2025\n"
                + "Koperasi A;9 Maret 2024;1.000.000;2.000.000;\nKoperasi B;;;;3.000.000\nKoperasi C;;;;\n", ExistingRecords.none());
        assertEquals(List.of("2 2024", "3 2025"), plan.additions().stream().map(r -> r.row() + " " + r.value("year")).toList());
        assertEquals(List.of(new RowIssue(4, null, Severity.WARNING, IssueKind.EMPTY_ROW,
                "Baris ini tidak berisi data tahun mana pun (2024, 2025); tidak ada yang diimpor darinya", List.of())), plan.fileIssues());
        assertFalse(plan.additions().get(1).values().containsKey("ratDate"), "no 2025 RAT column: not in the file, not touched");
    }

    @Test
    void aPerYearFieldWithoutItsYearBesidePerYearColumnsIsAnError() {
        ImportPlan plan = plan(Register.COOPERATIVE, "nama;aset;aset_2024\nA;5;6\n", ExistingRecords.none());
        assertTrue(plan.isFatal());
        assertEquals("Kolom 'aset' tidak menyebut tahun, padahal kolom lain dibuat per tahun (2024): beri tahun pada judulnya",
                plan.fileIssues().get(0).message());
    }

    @Test
    void headerRowsRepeatedOnEveryPrintedPageAreSkipped() {
        ImportPlan plan = plan(Register.COOPERATIVE, "NO;NAMA KOPERASI;Volume Usaha 2024;Volume Usaha 2025\n"
                + "1;KOPERASI A;1.000.000;2.000.000\nNO;NAMA KOPERASI;Volume Usaha 2024;Volume Usaha 2025\n"
                + "2;KOPERASI B;3.000.000;4.000.000\n", ExistingRecords.none());
        assertEquals(4, plan.additions().size());
        assertEquals(2, plan.rowsRead());
        assertEquals(List.of(new RowIssue(3, null, Severity.WARNING, IssueKind.REPEATED_HEADER,
                "Baris ini mengulang judul kolom (baris 1) dan dilewati", List.of())), plan.fileIssues());
    }

    @Test
    void emptyAndUnreadableFiles() {
        ImportPlan empty = plan(Register.COMPANY, "", ExistingRecords.none());
        assertEquals(IssueKind.EMPTY_FILE, empty.fileIssues().get(0).kind());
        try (TabularSource source = TabularSource.csv("a,\"b\nc".getBytes(StandardCharsets.UTF_8))) {
            ImportPlan broken = RegisterImport.plan(Register.COMPANY, source, ExistingRecords.none());
            assertTrue(broken.isFatal());
        }
    }

    // ------------------------------------------------------------------ number formats

    @Test
    void aColumnsFormatDecidesItsAmbiguousCells() {
        ImportPlan indonesian = plan(Register.MICRO_BUSINESS, "Nama Usaha;Kecamatan;Modal Usaha\nA;Manggar;1.500.000\n"
                + "B;Manggar;250.000\n", ExistingRecords.none());
        assertEquals(new BigDecimal("250000"), indonesian.additions().get(1).value("capital"));
        assertEquals(List.of(), indonesian.issues());

        ImportPlan international = plan(Register.MICRO_BUSINESS, "Nama Usaha;Kecamatan;Modal Usaha\nA;Manggar;1,500,000.50\n"
                + "B;Manggar;250.000\nC;Manggar;125.500\n", ExistingRecords.none());
        assertEquals(new BigDecimal("250.000"), international.additions().get(1).value("capital"),
                "'.' is the decimal point of this column; 3 of the 3 numbers have decimals: not a column of whole amounts");
    }

    @Test
    void whenNothingDecidesACellWaitsForAPersonWithBothReadings() {
        String csv = "Nama Usaha;Kecamatan;Modal Usaha\nA;Manggar;250.000\nB;Dendang;5000000\n";
        ImportPlan plan = plan(Register.MICRO_BUSINESS, csv, ExistingRecords.none());
        assertEquals(1, plan.awaitingDecision().size());
        RowIssue issue = plan.decisionsNeeded().get(0);
        assertEquals(2, issue.row());
        assertEquals("Modal Usaha", issue.column());
        assertEquals(List.of(new BigDecimal("250000"), new BigDecimal("250.000")), issue.readings());
        assertEquals("Perlu keputusan: '250.000' dapat dibaca 250.000 (titik sebagai pemisah ribuan) atau 250,000 (titik "
                + "sebagai pemisah desimal); format angka kolom ini tidak dapat ditentukan dari isi berkas", issue.message());
        assertEquals(List.of(3), plan.additions().stream().map(PlannedRecord::row).toList());

        ImportPlan decided = plan(Register.MICRO_BUSINESS, csv, ExistingRecords.none(),
                Decisions.none().with(2, "Modal Usaha", new BigDecimal("250000")));
        assertEquals(2, decided.additions().size());
        assertEquals(new BigDecimal("250000"), decided.additions().get(0).value("capital"));
        assertEquals(IssueKind.DECIDED, decided.additions().get(0).issues().get(0).kind());
        assertEquals(Severity.INFO, decided.additions().get(0).issues().get(0).severity());
    }

    @Test
    void otherNumberColumnsOfTheFileDecideWhenTheColumnCannot() {
        ImportPlan plan = plan(Register.MICRO_BUSINESS, "Nama Usaha;Kecamatan;Modal Usaha;Omzet Tahunan\n"
                + "A;Manggar;250.000;12.500.000\n", ExistingRecords.none());
        assertEquals(new BigDecimal("250000"), plan.additions().get(0).value("capital"));
    }

    @Test
    void aRequiredNumberWaitingForADecisionIsNotReportedMissing() {
        ImportPlan plan = plan(Register.STATISTIC, "Kode;Tahun;Nilai\nA;2025;1.500\n", ExistingRecords.none());
        assertEquals(1, plan.awaitingDecision().size());
        assertEquals(List.of(IssueKind.AMBIGUOUS_NUMBER), plan.issues().stream().map(RowIssue::kind).toList());
    }

    @Test
    void spreadsheetNumbersNeedNoReading() {
        SourceRow header = SourceRow.text(1, List.of("Nama Usaha", "Kecamatan", "Modal Usaha"));
        SourceRow row = new SourceRow(2, List.of("A", "Manggar", "250.5"), List.of(CellKind.TEXT, CellKind.TEXT, CellKind.NUMBER));
        TabularSource source = new TabularSource() {
            @Override
            public void forEachRow(java.util.function.Consumer<SourceRow> consumer) {
                consumer.accept(header);
                consumer.accept(row);
            }

            @Override
            public String description() {
                return "uji";
            }
        };
        ImportPlan plan = RegisterImport.plan(Register.MICRO_BUSINESS, source, ExistingRecords.none());
        assertEquals(new BigDecimal("250.5"), plan.additions().get(0).value("capital"));
        assertEquals(List.of(), plan.issues());
    }

    // ------------------------------------------------------------------ comparison with the register

    @Test
    void updatesListEachChangedFieldAndEmptyCellsEraseNothing() {
        InMemoryRecords register = InMemoryRecords.of(Register.COOPERATIVE, List.of(
                cooperative("Koperasi A", null, 2025, "1000000", "5000000"),
                cooperative("Koperasi B", null, 2025, "7000000", "8000000")));
        ImportPlan plan = plan(Register.COOPERATIVE, "Nama Koperasi;Tahun;Volume Usaha;Aset\n"
                + "KOPERASI A;2025;1.000.000,00;6.000.000\nKoperasi B;2025;;8.000.000\nKoperasi C;2025;1;2\n", register);
        assertEquals(List.of(2), plan.updates().stream().map(PlannedRecord::row).toList());
        assertEquals(List.of(new FieldChange("name", "Nama Koperasi", "Koperasi A", "KOPERASI A"),
                new FieldChange("assets", "Aset", new BigDecimal("5000000"), new BigDecimal("6000000"))), plan.updates().get(0).changes());
        assertEquals("nama:koperasi a#2025", plan.updates().get(0).existingKey());
        assertEquals(List.of(3), plan.unchanged().stream().map(PlannedRecord::row).toList(), "the empty volume keeps 7.000.000");
        assertEquals(List.of(4), plan.additions().stream().map(PlannedRecord::row).toList());
        assertEquals("Koperasi (data tahunan): 3 baris dibaca, 3 data — 1 baru, 1 berubah, 1 tetap, 0 ditolak, 0 perlu keputusan.",
                plan.summary());

        register.apply(plan);
        assertEquals(new BigDecimal("7000000"), register.get("nama:koperasi b#2025").get("businessVolume"));
        ImportPlan again = plan(Register.COOPERATIVE, "Nama Koperasi;Tahun;Volume Usaha;Aset\n"
                + "KOPERASI A;2025;1.000.000,00;6.000.000\nKoperasi B;2025;;8.000.000\nKoperasi C;2025;1;2\n", register);
        assertFalse(again.hasChanges());
        assertEquals(3, again.unchanged().size());
    }

    @Test
    void aRegistrationNumberFindsTheCooperativeKnownByNameAndIsAdded() {
        InMemoryRecords register = InMemoryRecords.of(Register.COOPERATIVE,
                List.of(cooperative("Koperasi Maju", null, 2025, "1000", "2000")));
        String csv = "Nama Koperasi;Nomor Badan Hukum;Tahun;Aset\nKoperasi Maju;12/BH/2015;2025;2000\n";
        ImportPlan plan = plan(Register.COOPERATIVE, csv, register);
        assertEquals(1, plan.updates().size());
        assertEquals("nbh:12/BH/2015#2025", plan.updates().get(0).key());
        assertEquals(List.of(new FieldChange("registrationNumber", "Nomor Badan Hukum", null, "12/BH/2015")),
                plan.updates().get(0).changes());
        register.apply(plan);
        assertEquals(1, register.size());
        assertEquals(1, plan(Register.COOPERATIVE, csv, register).unchanged().size());
        assertEquals(1, plan(Register.COOPERATIVE, "Nama Koperasi;Tahun\nkoperasi  maju;2025\n", register).updates().size(),
                "found by name; only the spelling of the name changes");
    }

    @Test
    void aNameRegisteredUnderAnotherNumberIsRejected() {
        InMemoryRecords register = InMemoryRecords.of(Register.COOPERATIVE,
                List.of(cooperative("Koperasi Maju", "12/BH/2015", 2025, "1000", "2000")));
        ImportPlan plan = plan(Register.COOPERATIVE, "Nama Koperasi;Nomor Badan Hukum;Tahun\nKoperasi Maju;99/BH/2020;2025\n", register);
        assertEquals(1, plan.rejected().size());
        RowIssue conflict = plan.rejected().get(0).issues().get(0);
        assertEquals(IssueKind.KEY_CONFLICT, conflict.kind());
        assertEquals("Nomor Badan Hukum", conflict.column());
        assertEquals("Nomor Badan Hukum '99/BH/2020', Nama Koperasi 'Koperasi Maju' tahun 2025 sudah terdaftar dengan Nomor "
                + "Badan Hukum 12/BH/2015, bukan 99/BH/2020", conflict.message());
    }

    @Test
    void microBusinessesByNibElseNameAndKecamatan() {
        Map<String, Object> known = new HashMap<>(Map.of("name", "Warung Kopi Mawar", "kecamatan", "Manggar",
                "fixedPlace", Boolean.FALSE));
        InMemoryRecords register = InMemoryRecords.of(Register.MICRO_BUSINESS, List.of(known));
        String csv = "Nama Usaha;Kecamatan;NIB;Tempat Usaha Tetap\nWarung Kopi Mawar;Manggar;1234567890123;ya\n"
                + "Warung Kopi Mawar;Dendang;;tidak\n";
        ImportPlan plan = plan(Register.MICRO_BUSINESS, csv, register);
        assertEquals(List.of(new FieldChange("nib", "NIB", null, "1234567890123"),
                new FieldChange("fixedPlace", "Tempat Usaha Tetap", false, true)), plan.updates().get(0).changes());
        assertEquals("nama:warung kopi mawar|dendang", plan.additions().get(0).key(), "same name, other kecamatan: another business");
        register.apply(plan);
        assertEquals(2, register.size());
        assertFalse(plan(Register.MICRO_BUSINESS, csv, register).hasChanges());
    }

    @Test
    void staffAndStatisticsCompareByValue() {
        InMemoryRecords staff = InMemoryRecords.of(Register.STAFF_SCORE, List.of(Map.of("nip", "198703122010012001", "year", 2025,
                "name", "Siti Rahmawati", "employment", "PNS", "qualification", new BigDecimal("20.50"))));
        ImportPlan plan = plan(Register.STAFF_SCORE, "NIP;Nama;Status Kepegawaian;Tahun;Kualifikasi\n"
                + "198703122010012001;Siti Rahmawati;pns;2025;20,5\n", staff);
        assertEquals(1, plan.unchanged().size(), "20,5 = 20.50; PNS = Employment.PNS");
        assertEquals(Employment.PNS, plan.unchanged().get(0).value("employment"));

        InMemoryRecords figures = InMemoryRecords.of(Register.STATISTIC, List.of(Map.of("code", "KOPERASI_AKTIF", "year", 2025,
                "part", "", "value", new BigDecimal("115.0000"))));
        ImportPlan same = plan(Register.STATISTIC, "Kode,Tahun,Nilai\nkoperasi aktif,2025,115\n", figures);
        assertEquals(1, same.unchanged().size(), "codes are upper case, spaces as underscores; 115 = 115.0000");
        assertEquals("KOPERASI_AKTIF", same.unchanged().get(0).value("code"));
    }

    // ------------------------------------------------------------------ templates

    @ParameterizedTest
    @EnumSource(Register.class)
    void eachTemplateImportsItsExampleRowCleanly(Register register) {
        String template = ImportTemplates.csv(register);
        assertEquals(2, template.split("\r\n").length);
        ImportPlan plan = plan(register, template, ExistingRecords.none());
        assertEquals(List.of(), plan.issues(), template);
        assertEquals(1, plan.additions().size());
        assertTrue(plan.additions().get(0).key() != null);
    }

    @Test
    void theCooperativeTemplate() {
        assertEquals("Nama Koperasi;Nomor Badan Hukum;Tahun;Tanggal RAT;Volume Usaha;Aset;Catatan\r\n"
                        + "Koperasi Produsen Karyawan Timah Manggar;518/12/BH/XVI/2015;2025;12 Februari 2025;100.591.430.108;"
                        + "2.615.621.882,99;\r\n",
                ImportTemplates.csv(Register.COOPERATIVE));
        assertEquals("templat-impor-koperasi-data-tahunan.csv", ImportTemplates.fileName(Register.COOPERATIVE));
        PlannedRecord example = plan(Register.COOPERATIVE, ImportTemplates.csv(Register.COOPERATIVE), ExistingRecords.none())
                .additions().get(0);
        assertEquals(new BigDecimal("2615621882.99"), example.value("assets"));
        assertNull(example.value("note"));
    }
}
