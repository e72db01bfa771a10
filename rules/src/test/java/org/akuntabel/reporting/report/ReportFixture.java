package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.ReportModel.BudgetRow;
import org.akuntabel.reporting.report.ReportModel.Check;
import org.akuntabel.reporting.report.ReportModel.DocumentLine;
import org.akuntabel.reporting.report.ReportModel.Entity;
import org.akuntabel.reporting.report.ReportModel.IndicatorDetail;
import org.akuntabel.reporting.report.ReportModel.IndicatorRow;
import org.akuntabel.reporting.report.ReportModel.Narrative;
import org.akuntabel.reporting.report.ReportModel.PlanningDocument;
import org.akuntabel.reporting.report.ReportModel.ProgrammeBudget;
import org.akuntabel.reporting.report.ReportModel.RenstraIndicator;
import org.akuntabel.reporting.report.ReportModel.ScaleBand;
import org.akuntabel.reporting.report.ReportModel.SeriesPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A realistic report model: the 2025 Laporan Kinerja of the Belitung Timur labour, cooperative and SME agency with
 * its six indicators (figures as the product computes them, with the published ones beside), the cooperatives'
 * register behind KOPERASI_BERKUALITAS (54 cooperatives, 4 counted), the budget by sasaran, programme and
 * kegiatan, and two consistency findings.
 */
final class ReportFixture {

    static final String DIGEST = "9f2c4e1a7b3d5f60812a4c6e8b0d2f4163a5c7e9b1d3f5072a4c6e8f0b2d4f61";

    /** The cooperatives of Tabel 3.13, in its order. */
    static final List<String> COOPERATIVES = List.of(("Koperasi Produsen Karyawan Timah Manggar|Koperasi Simpan Pinjam "
            + "dan Pembiayaan Syariah Baitul Maal wa Tamwil Tekad Makmur Berkah|Koperasi Pegawai Negeri Sejahtera KPRI|"
            + "Koperasi Pegawai Republik Indonesia Karya Bakti|Koperasi Produsen Tri Karya Makmur|Koperasi Plasma Mitra "
            + "Utama|Koperasi Pegawai Negeri Gotong Royong|Koperasi Mitra Usaha Lindung Jaya|Koperasi PKS Mitra Usaha|"
            + "Koperasi Maju Besame SMKN 1 Manggar|Koperasi Produsen Bumi Makmur|Koperasi Guyub Makmur Belitung Timur|"
            + "Koperasi Pratama Buding Sejahtera|Koperasi Produsen Mitra Lestari|Koperasi Mandiri Bersama|Koperasi "
            + "Produsen Plasma Mentawak|Koperasi Produsen Makmur Sejahtera|Koperasi Subur Makmur|Koperasi Gunong Jume "
            + "Makmur|Koperasi Sumber Jaya|Koperasi Mitra Anugrah|Koperasi Sambar Jaya Makmur|Koperasi Simpan Pinjam "
            + "Rukun Sejahtera|Koperasi Sawit Tungkup Lestari|Koperasi Tiong Sejahtera|Koperasi Kelubi Berkah Bersama|"
            + "Koperasi Lindong Raya|Koperasi Abadi Makmur|Koperasi Berimpun Sejahtera|Koperasi Serba Usaha Gunong "
            + "Nyerudong Sejahtera|Koperasi Barokah Mitra Mandiri Selinsing|Koperasi Serba Usaha Jasa Usaha Mandiri|"
            + "Koperasi Serba Usaha Petani Maju Jaya Abadi|Koperasi Bumi Bakti Sejahtera|Koperasi Produsen Rimbak Gading "
            + "Maju|Koperasi Produsen Nibong Jaye Bersame|Koperasi Produsen Belitung Timur Permai|Koperasi Produsen "
            + "Bersatu Maju Sejahtera|Koperasi Produsen Air Gumbak Permai|Koperasi Produsen Air Kelabu Sejahtera|Koperasi "
            + "Produsen Air Nyato Lestari|Koperasi Produsen Kabal Sejahtera Kelumpang|Koperasi Produsen Barokah Mitra "
            + "Mandiri Batu Penyu|Koperasi Produsen Selinsing Sejahtera Semesta|Koperasi Produsen Padang Lambaian Jaya|"
            + "Koperasi Produsen Aik Batu Puteh|Koperasi Produsen Sejahtera Majukan Kampong|Koperasi Produsen Air "
            + "Segendai Sejahtera|Koperasi Produsen Berempun Kencana Berkah|Koperasi Produsen Sinergi Agro Lestari|"
            + "Koperasi Produsen Sawit Serai Wangi|Koperasi Produsen Sawit Kampong Maju|Koperasi Produsen Sugak Linggang "
            + "Mandiri|Koperasi Produsen Aik Gani Lestari").split("\\|"));

    /** Numbers (1-based) of the cooperatives that meet all three criteria. */
    static final Set<Integer> COUNTED = Set.of(12, 26, 27, 53);

    static final List<String> CODES = List.of("SAKIP_PD", "IP_ASN", "PRODUKTIVITAS_TK", "PERUSAHAAN_LAYAK",
            "KOPERASI_BERKUALITAS", "UM_WIRAUSAHA");

    private ReportFixture() {
    }

    /** The published report: not a draft, with its digest. */
    static ReportModel published() {
        return model(false, DIGEST, narratives());
    }

    /** The report as a draft: no digest, some narratives still empty. */
    static ReportModel draft() {
        List<Narrative> narratives = new ArrayList<>(narratives());
        narratives.removeIf(n -> n.section().equals("penutup") || n.section().startsWith("UM_WIRAUSAHA."));
        return model(true, null, narratives);
    }

    /** The published report with other narratives. */
    static ReportModel withNarratives(List<Narrative> narratives) {
        return model(false, DIGEST, narratives);
    }

    static ReportModel model(boolean draft, String digest, List<Narrative> narratives) {
        return new ReportModel("beltim",
                "Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah Kabupaten Belitung Timur",
                "Kabupaten Belitung Timur, Provinsi Kepulauan Bangka Belitung", 2025,
                "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025", narratives, profile(), indicators(), scale(),
                "Skala Capaian Kinerja Kabupaten Belitung Timur", renstra(), List.of(2025, 2026, 2027, 2028, 2029),
                "Renstra 2025–2029", documents(), details(), budget(), d("6197237336"), d("5596741787"),
                percent(d("5596741787"), d("6197237336")), checks(), draft, digest);
    }

    /** BAB I of seed 000: the organisation (1.3.2), the staff tables 1.1–1.5 and the facilities table 1.6 ("-" as null). */
    static ReportModel.Profile profile() {
        String source = "Sumber: Subbag Umpeg DTKKUKM Kab. Beltim, Desember 2025";
        return new ReportModel.Profile("Membantu Bupati melaksanakan urusan pemerintahan dan tugas pembantuan di bidang tenaga "
                + "kerja dan bidang koperasi, usaha kecil dan menengah.",
                List.of("Perumusan kebijakan penyelenggaraan urusan pemerintahan", "Pelaksanaan administrasi Dinas"),
                List.of(new ReportModel.Unit("Kepala Dinas", 0), new ReportModel.Unit("Sekretariat", 0),
                        new ReportModel.Unit("Sub Bagian Umum dan Kepegawaian", 1),
                        new ReportModel.Unit("Sub Bagian Keuangan, Perencanaan dan Pelaporan", 1),
                        new ReportModel.Unit("Bidang Pelatihan dan Penempatan Tenaga Kerja", 0),
                        new ReportModel.Unit("Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja", 0),
                        new ReportModel.Unit("Bidang Koperasi, Usaha Kecil dan Menengah", 0),
                        new ReportModel.Unit("Kelompok Jabatan Fungsional", 0)),
                2024,
                List.of(table("UNIT", "Jumlah Pegawai Berdasarkan Struktur Organisasi", "Unit Kerja", source,
                                line("Kepala", 1, null), line("Sekretariat", 28, 20),
                                line("Bidang Pelatihan dan Penempatan Tenaga Kerja", 9, 13),
                                line("Bidang Hubungan Industrial dan Jaminan Sosial Tenaga Kerja", 8, 9),
                                line("Bidang Koperasi, Usaha Kecil dan Menengah", 13, 12), line("Fungsional", 20, 25),
                                line("Unit Pelaksana Teknis Dinas", null, null)),
                        table("GOLONGAN", "Jumlah Pegawai Berdasarkan Golongan", "Golongan", source,
                                line("Golongan IV", 3, 2), line("Golongan III", 19, 20), line("Golongan II", 1, 1),
                                line("Golongan I", 0, null), line("IX", 7, 16), line("VI", 1, 2), line("V", null, 13)),
                        table("ESELON", "Jumlah Pegawai Berdasarkan Eselonisasi", "Eselon", source,
                                line("Eselon II", 1, null), line("Eselon III", 2, 4), line("Eselon IV", 2, 1)),
                        table("PENDIDIKAN", "Jumlah Pegawai Berdasarkan Tingkat Pendidikan", "Tingkat Pendidikan", source,
                                line("S3", null, null), line("S2", 1, 1), line("S1/D4", 34, 34), line("D3", 6, 6),
                                line("SLTA", 17, 17), line("SLTP", null, null), line("SD", null, null)),
                        table("STATUS", "Jumlah Pegawai Berdasarkan Status Kepegawaian", "Status Kepegawaian", source,
                                line("ASN", 31, 51), line("Non ASN", 28, 3))),
                table("SARANA", "Jumlah Sarana dan Prasarana", "Sarana dan Prasarana", source,
                        line("Gedung Kantor", 0, 0), line("Kendaraan Roda 4", 0, 0), line("Kendaraan Roda 2", 0, 0),
                        line("Meja Kerja", 3, 3), line("Kursi Kerja", 4, 4), line("Laptop/PC", 5, 5), line("Printer", 4, 4)));
    }

    private static ReportModel.ProfileTable table(String kind, String title, String header, String source,
                                                  ReportModel.ProfileLine... lines) {
        return new ReportModel.ProfileTable(kind, title, header, List.of(lines), source);
    }

    private static ReportModel.ProfileLine line(String category, Integer previous, Integer current) {
        return new ReportModel.ProfileLine(category, previous, current);
    }

    static List<Narrative> narratives() {
        String saved = "12 Februari 2026 10.15";
        return List.of(
                new Narrative("ikhtisar", "<p>Laporan Kinerja ini menyajikan capaian <strong>enam indikator kinerja"
                        + "</strong> Dinas pada tahun 2025 terhadap Perjanjian Kinerja.</p><p>Hal penting:</p><ul>"
                        + "<li>tiga indikator berpredikat <em>Memuaskan</em>;</li><li>dua indikator berpredikat "
                        + "<b>Kurang</b>.</li></ul>", "Sekretaris Dinas", saved),
                new Narrative("pendahuluan", "<p>Dinas Tenaga Kerja, Koperasi, Usaha Kecil dan Menengah dibentuk "
                        + "berdasarkan Peraturan Daerah Kabupaten Belitung Timur.<br>Laporan ini disusun menurut "
                        + "PermenPANRB Nomor 53 Tahun 2014.</p>", "Sekretaris Dinas", saved),
                new Narrative("perencanaan", "<p>Perencanaan kinerja mengacu pada:</p><ol><li>Rencana Strategis "
                        + "2025–2029;</li><li>Indikator Kinerja Utama;</li><li>Perjanjian Kinerja tahun 2025.</li></ol>",
                        "Kasubag Perencanaan", saved),
                new Narrative("akuntabilitas", "<p>Pengukuran kinerja membandingkan realisasi dengan target setiap "
                        + "indikator.</p>", "Kasubag Perencanaan", saved),
                new Narrative("penutup", "<p>Capaian yang belum memenuhi target menjadi perhatian pada tahun 2026."
                        + "</p>", "Kepala Dinas", saved),
                new Narrative("KOPERASI_BERKUALITAS.penjelasan", "<p>Koperasi dihitung berkualitas bila memenuhi "
                        + "ketiga kriteria: RAT tahun 2025, volume usaha naik dan aset naik.</p>", "Kabid Koperasi", saved),
                new Narrative("KOPERASI_BERKUALITAS.analisis", "<p>Dari 54 koperasi dalam Tabel 3.13 hanya "
                        + "<strong>4</strong> memenuhi ketiga kriteria.</p>", "Kabid Koperasi", saved),
                new Narrative("KOPERASI_BERKUALITAS.solusi", "<ul><li>pendampingan RAT tepat waktu;</li><li>pelatihan "
                        + "pembukuan.</li></ul>", "Kabid Koperasi", saved),
                new Narrative("UM_WIRAUSAHA.penjelasan", "<p>Jumlah usaha mikro baru dibagi jumlah usaha mikro.</p>",
                        "Kabid UKM", saved));
    }

    static List<IndicatorRow> indicators() {
        return List.of(
                row("SAKIP_PD", "Nilai SAKIP Perangkat Daerah", "Nilai", 1, "Meningkatnya akuntabilitas perangkat daerah",
                        "80", "71.50", "89.38", "AA", "Memuaskan", "#66BB6A", "DERIVED", false),
                row("IP_ASN", "Indeks Profesionalitas ASN", "Indeks", 1, "Meningkatnya akuntabilitas perangkat daerah",
                        "72", "83.04", "115.33", "AA", "Memuaskan", "#66BB6A", "DERIVED", false),
                row("PRODUKTIVITAS_TK", "Produktivitas Tenaga Kerja", "Juta rupiah per pekerja", 2,
                        "Meningkatnya tenaga kerja sektor formal dan informal", "57.20", "67.98", "118.85", "AA",
                        "Memuaskan", "#66BB6A", "DERIVED", true),
                row("PERUSAHAAN_LAYAK", "Persentase Perusahaan yang Menerapkan Tata Kelola Kerja yang Layak", "%", 3,
                        "Meningkatnya hubungan industrial yang harmonis antara pekerja dan pengusaha", "2.50", "0", "0",
                        "D", "Kurang", "#EF5350", "COMPUTED", false),
                row("KOPERASI_BERKUALITAS", "Persentase Koperasi Berkualitas", "%", 4,
                        "Meningkatnya pertumbuhan koperasi yang berkualitas", "71.80", "3.48", "4.85", "D", "Kurang",
                        "#EF5350", "COMPUTED", false),
                row("UM_WIRAUSAHA", "Persentase Usaha Mikro yang Menjadi Wirausaha Baru", "%", 5,
                        "Meningkatnya wirausaha baru", "1.40", "0.82", "58.57", "CC", "Cukup Baik", "#FFEE58",
                        "DERIVED", false));
    }

    private static IndicatorRow row(String code, String name, String unit, int sasaranNumber, String sasaran, String target,
                                    String realisation, String achievement, String band, String label, String colour,
                                    String source, boolean provisional) {
        return new IndicatorRow(code, name, unit, sasaranNumber, sasaran, d(target), d(realisation), d(achievement), band,
                label, colour, source, provisional);
    }

    static List<ScaleBand> scale() {
        return List.of(new ScaleBand("AA", "Memuaskan", "#66BB6A", "> 85"),
                new ScaleBand("A", "Sangat Baik", "#9CCC65", "> 75 s.d. ≤ 85"),
                new ScaleBand("B", "Baik", "#D4E157", "> 65 s.d. ≤ 75"),
                new ScaleBand("CC", "Cukup Baik", "#FFEE58", "> 50 s.d. ≤ 65"),
                new ScaleBand("C", "Agak Kurang", "#FFB74D", "> 30 s.d. ≤ 50"),
                new ScaleBand("D", "Kurang", "#EF5350", "≥ 0 s.d. ≤ 30"));
    }

    static List<RenstraIndicator> renstra() {
        return List.of(
                renstra("SAKIP_PD", "Nilai SAKIP Perangkat Daerah", "Nilai", "Meningkatnya akuntabilitas perangkat daerah",
                        "80", "81", "82", "83", "85"),
                renstra("IP_ASN", "Indeks Profesionalitas ASN", "Indeks", "Meningkatnya akuntabilitas perangkat daerah",
                        "72", "74", "76", "78", "80"),
                renstra("PRODUKTIVITAS_TK", "Produktivitas Tenaga Kerja", "Juta rupiah per pekerja",
                        "Meningkatnya tenaga kerja sektor formal dan informal", "57.20", "58.50", "60", "61.50", "63"),
                renstra("PERUSAHAAN_LAYAK", "Persentase Perusahaan yang Menerapkan Tata Kelola Kerja yang Layak", "%",
                        "Meningkatnya hubungan industrial yang harmonis antara pekerja dan pengusaha", "2.50", "3", "3.50",
                        "4", null),
                renstra("KOPERASI_BERKUALITAS", "Persentase Koperasi Berkualitas", "%",
                        "Meningkatnya pertumbuhan koperasi yang berkualitas", "71.80", "73", "74.50", "76", "78"),
                renstra("UM_WIRAUSAHA", "Persentase Usaha Mikro yang Menjadi Wirausaha Baru", "%",
                        "Meningkatnya wirausaha baru", "1.40", "1.50", "1.60", "1.70", "1.80"));
    }

    private static RenstraIndicator renstra(String code, String name, String unit, String sasaran, String... targets) {
        return new RenstraIndicator(code, name, unit, sasaran, Arrays.stream(targets).map(ReportFixture::d).toList());
    }

    static List<PlanningDocument> documents() {
        return List.of(
                new PlanningDocument("IKU", "188.4/03/DTK-KUKM/I/2024", "15 Januari 2024", List.of(
                        line("Nilai SAKIP Perangkat Daerah", "Nilai", "80", null, null, null, "80"),
                        line("Persentase Koperasi Berkualitas", "%", "71.80", null, null, null, "71.80")), List.of()),
                new PlanningDocument("Perjanjian Kinerja (Perubahan)", "800/112/DTK-KUKM/2025", "2 Oktober 2025", List.of(
                        line("Nilai SAKIP Perangkat Daerah", "Nilai", "80", null, null, null, "80"),
                        line("Indeks Profesionalitas ASN", "Indeks", "72", null, null, "70", "72"),
                        line("Produktivitas Tenaga Kerja", "Juta rupiah per pekerja", "57.20", "14.30", "28.60", "42.90",
                                "57.20"),
                        line("Persentase Perusahaan yang Menerapkan Tata Kelola Kerja yang Layak", "%", "2.50", "0.50",
                                "1", "2", "2.50"),
                        line("Persentase Koperasi Berkualitas", "%", "71.80", "10", "30", "50", "71.80"),
                        line("Persentase Usaha Mikro yang Menjadi Wirausaha Baru", "%", "1.40", "0.35", "0.70", "1.05",
                                "1.40")),
                        List.of(new ProgrammeBudget("Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                                        d("5634586636")),
                                new ProgrammeBudget("Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", d("159150000")),
                                new ProgrammeBudget("Program Hubungan Industrial", d("371040000")),
                                new ProgrammeBudget("Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro "
                                        + "(UMKM)", d("32460700")))));
    }

    private static DocumentLine line(String indicator, String unit, String annual, String q1, String q2, String q3,
                                     String q4) {
        return new DocumentLine(indicator, unit, d(annual), d(q1), d(q2), d(q3), d(q4));
    }

    static List<IndicatorDetail> details() {
        List<IndicatorDetail> details = new ArrayList<>();
        List<IndicatorRow> rows = indicators();
        details.add(detail(rows.get(0), "Jumlah nilai komponen evaluasi SAKIP (perencanaan, pengukuran, pelaporan, "
                        + "evaluasi internal)", "21,60 + 21,60 + 10,80 + 17,50 = 71,50", "71,50 ÷ 80 × 100 = 89,38",
                "Tabel 3.4 LKjIP 2025", 2024, "66.55", "83.19", "85", "84.12", List.of(), List.of(),
                series("75", "62.10", "76", "64.30", "78", "65.02", "79", "66.55", "80", "71.50"), "71.51", "89.39",
                "Memuaskan", List.of("Realisasi terbit 71,51 berbeda 0,01 dari hasil perhitungan 71,50.")));
        details.add(detail(rows.get(1), "Jumlah nilai dimensi kualifikasi, kompetensi, kinerja dan disiplin",
                "20,50 + 32,54 + 25 + 5 = 83,04", "83,04 ÷ 72 × 100 = 115,33", "Tabel 3.5 LKjIP 2025", 2024, "80.77",
                "115.39", "80", "103.80", List.of(), List.of(),
                series("66", "70.12", "68", "74.50", "70", "78.04", "70", "80.77", "72", "83.04"), "83.04", "115.33",
                "Memuaskan", List.of()));
        details.add(detail(rows.get(2), "PDRB atas dasar harga berlaku ÷ jumlah penduduk bekerja",
                "4.783,01 miliar × 1.000 ÷ 70.363 = 67,98", "67,98 ÷ 57,20 × 100 = 118,85",
                "Tabel 3.7 dan 3.8 LKjIP 2025 (triwulan I–III)", 2024, "64.10", "114.26", "63", "107.90", List.of(),
                List.of(), series("52", "55.40", "54", "58.20", "55", "61.15", "56.10", "64.10", "57.20", "67.98"),
                "67.97", "118.83", "Memuaskan", List.of("Realisasi terbit 67,97 dipotong, bukan dibulatkan.")));
        details.add(detail(rows.get(3), "Perusahaan yang memenuhi keempat unsur ÷ perusahaan terdaftar × 100",
                "0 ÷ 200 × 100 = 0", "0 ÷ 2,50 × 100 = 0,00", "Tabel 3.10 dan 3.11 LKjIP 2025", 2024, "1.50", "75",
                "4", "0", List.of(), List.of(), series("1", "1", "1.50", "1.20", "2", "1.50", "2", "1.50", "2.50", "0"),
                "2", "80", "Baik", List.of("Tabel 3.10 tidak memuat struktur dan skala upah; tidak ada perusahaan yang "
                        + "memenuhi keempat unsur.")));
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < COOPERATIVES.size(); i++) {
            int no = i + 1;
            boolean counted = COUNTED.contains(no);
            String volume = no == 25 ? "Tidak ada data" : counted || no % 3 == 0 ? "Ya" : "Tidak";
            String assets = counted || no % 4 == 1 ? "Ya" : "Tidak";
            entities.add(new Entity(COOPERATIVES.get(i), counted, List.of("Ya", volume, assets)));
        }
        details.add(detail(rows.get(4), "Koperasi berkualitas ÷ koperasi aktif × 100", "4 ÷ 115 × 100 = 3,48",
                "3,48 ÷ 71,80 × 100 = 4,85", "Tabel 3.13 dan 3.14 LKjIP 2025; daftar koperasi aktif", 2024, "45.22",
                "64.60", "78", "4.46", entities, List.of("RAT 2025", "Volume usaha naik", "Aset naik"),
                series("60", "40.10", "65", "42.50", "68", "44.35", "70", "45.22", "71.80", "3.48"), "46.96", "65.41",
                "Cukup Baik", List.of("Realisasi terbit 46,96 (54 ÷ 115) menghitung setiap koperasi yang melaksanakan "
                                + "RAT; hasil perhitungan 3,48.",
                        "Label terbit \"Cukup Baik\" bertentangan dengan skala untuk capaian 65,41 (B \"Baik\").")));
        details.add(detail(rows.get(5), "Usaha mikro baru ÷ jumlah usaha mikro × 100", "168 ÷ 20.547 × 100 = 0,82",
                "0,82 ÷ 1,40 × 100 = 58,57", "Tabel 3.16 dan 3.17 LKjIP 2025", 2024, "2.12", "151.43", "1.80", "45.56",
                List.of(), List.of(), series("1", "0.95", "1.10", "1.40", "1.20", "1.85", "1.30", "2.12", "1.40", "0.82"),
                "0.82", "58.57", "Cukup Baik", List.of()));
        return details;
    }

    private static IndicatorDetail detail(IndicatorRow row, String formula, String arithmetic, String achievement,
                                          String provenance, int previousYear, String previousRealisation,
                                          String previousAchievement, String endTarget, String endProgress,
                                          List<Entity> entities, List<String> criteria, List<SeriesPoint> series,
                                          String publishedRealisation, String publishedAchievement, String publishedLabel,
                                          List<String> differences) {
        return new IndicatorDetail(row.code(), row.name(), row.unit(), row.sasaran(), formula, arithmetic, achievement,
                provenance, row.target(), row.realisation(), row.achievement(), row.bandLabel(), previousYear,
                d(previousRealisation), d(previousAchievement), 2029, d(endTarget), d(endProgress), entities, criteria,
                series, d(publishedRealisation), d(publishedAchievement), publishedLabel, differences);
    }

    /** Target and realisation pairs for 2021 to 2025. */
    private static List<SeriesPoint> series(String... values) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length / 2; i++) {
            points.add(new SeriesPoint(2021 + i, d(values[2 * i]), d(values[2 * i + 1])));
        }
        return points;
    }

    static List<BudgetRow> budget() {
        List<BudgetRow> rows = new ArrayList<>();
        rows.add(budget(0, "Meningkatnya akuntabilitas perangkat daerah", "5634586636", "5201043927"));
        rows.add(budget(1, "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "5634586636", "5201043927"));
        rows.add(budget(2, "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "2284600", "1998180"));
        rows.add(budget(3, "Penyusunan Dokumen Perencanaan Perangkat Daerah", "2284600", "1998180"));
        rows.add(budget(2, "Administrasi Keuangan Perangkat Daerah", "4577013536", "4227954673"));
        rows.add(budget(2, "Administrasi Umum Perangkat Daerah", "175094600", "160107047"));
        rows.add(budget(2, "Penyediaan Jasa Penunjang Urusan Pemerintah Daerah", "755493900", "687612557"));
        rows.add(budget(2, "Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "124700000", "123371470"));
        rows.add(budget(0, "Meningkatnya tenaga kerja sektor formal dan informal", "159150000", "141781420"));
        rows.add(budget(1, "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja", "159150000", "141781420"));
        rows.add(budget(0, "Meningkatnya hubungan industrial yang harmonis antara pekerja dan pengusaha", "371040000",
                "224458000"));
        rows.add(budget(1, "Program Hubungan Industrial", "371040000", "224458000"));
        rows.add(budget(2, "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan "
                + "Perusahaan", "371040000", "224458000"));
        rows.add(budget(0, "Meningkatnya pertumbuhan koperasi yang berkualitas", "0", "0"));
        rows.add(budget(1, "Program Pengawasan dan Pemeriksaan Koperasi", "0", "0"));
        rows.add(budget(0, "Meningkatnya wirausaha baru", "32460700", "29458440"));
        rows.add(budget(1, "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)", "32460700",
                "29458440"));
        rows.add(budget(2, "Pemberdayaan Usaha Mikro melalui Pendataan, Kemitraan, Kemudahan Perizinan, Penguatan "
                + "Kelembagaan dan Koordinasi", "32460700", "29458440"));
        // capaian kinerja per sasaran: the mean achievement of its indicators (SAKIP 89,38 and IP ASN 115,33 for Sasaran 1)
        List<String> performance = List.of("102.36", "118.85", "0", "4.85", "58.57");
        int sasaran = 0;
        for (int i = 0; i < rows.size(); i++) {
            BudgetRow row = rows.get(i);
            if (row.level() == 0) {
                BigDecimal p = d(performance.get(sasaran++));
                rows.set(i, new BudgetRow(0, row.name(), row.pagu(), row.realisation(), row.absorption(), p,
                        BudgetEfficiency.efficiency(p, row.absorption())));
            }
        }
        return rows;
    }

    private static BudgetRow budget(int level, String name, String pagu, String realisation) {
        return new BudgetRow(level, name, d(pagu), d(realisation), percent(d(realisation), d(pagu)));
    }

    static List<Check> checks() {
        return List.of(
                new Check("LABEL_BERTENTANGAN_SKALA", "KESALAHAN", "Persentase Koperasi Berkualitas: label terbit "
                        + "\"Cukup Baik\" untuk capaian 65,41 bertentangan dengan skala: B \"Baik\"",
                        "LKjIP 2025, BAB III Sasaran 4, Tabel 3.14"),
                new Check("JUMLAH_TABEL", "PERINGATAN", "Anggaran: jumlah baris Rp 6.038.087.336 tidak sama dengan "
                        + "jumlah tercetak Rp 6.197.237.336", "LKjIP 2025, Lampiran Akuntabilitas Keuangan"));
    }

    static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
