package org.akuntabel.registers.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.akuntabel.registers.importing.FieldType.AMOUNT;
import static org.akuntabel.registers.importing.FieldType.CODE;
import static org.akuntabel.registers.importing.FieldType.DATE;
import static org.akuntabel.registers.importing.FieldType.DECIMAL;
import static org.akuntabel.registers.importing.FieldType.EMPLOYMENT;
import static org.akuntabel.registers.importing.FieldType.IDENTIFIER;
import static org.akuntabel.registers.importing.FieldType.IGNORED;
import static org.akuntabel.registers.importing.FieldType.INTEGER;
import static org.akuntabel.registers.importing.FieldType.TEXT;
import static org.akuntabel.registers.importing.FieldType.YEAR;
import static org.akuntabel.registers.importing.FieldType.YES_NO;
import static org.akuntabel.registers.importing.ImportField.column;

/**
 * The registers an agency can import from a spreadsheet, with the columns each expects (field names as the
 * entity properties in {@code org.akuntabel.registers}) and its natural key. Every register also knows the
 * columns {@code No} (running number, ignored) and {@code Catatan}/{@code Keterangan} (field {@code note}).
 *
 * <p>Natural keys (how a row finds the register record it is about). Names are compared normalised: case,
 * accents, punctuation and spacing do not count ({@code "PT. Sahabat  Mewah"} = {@code "pt sahabat mewah"}).
 * <ul>
 *   <li>{@link #COOPERATIVE}: the cooperative, by its registration number (nomor badan hukum) when the row
 *       gives one, else by its normalised name; plus the year of the yearly record
 *       ({@code nbh:<NUMBER>#2025}, {@code nama:<name>#2025}). A row with a registration number also finds a
 *       record known only by name (and gives it the number); a name registered under another number is an
 *       error.</li>
 *   <li>{@link #COMPANY}: the normalised name ({@code nama:<name>}).</li>
 *   <li>{@link #MICRO_BUSINESS}: the NIB when the row gives one, else name + kecamatan
 *       ({@code nib:<13 digits>}, {@code nama:<name>|<kecamatan>}); as for cooperatives, a NIB row also finds a
 *       record known by name + kecamatan.</li>
 *   <li>{@link #STAFF_SCORE}: NIP + year ({@code nip:<18 digits>#2025}).</li>
 *   <li>{@link #STATISTIC}: code + year + part ({@code kode:<CODE>#2025#<part>}; the part is empty for an
 *       undivided figure).</li>
 * </ul>
 */
public enum Register {

    /**
     * Cooperatives' yearly records ({@code Cooperative} + {@code CooperativeYear}): name, registration number,
     * year, RAT date, business volume, assets. Either one row per cooperative and year (column {@code Tahun}),
     * or the printed layout with one column per year ({@code Tanggal RAT 2024}, {@code volume_usaha_2025},
     * {@code Aset Tahun 2025}): then each row gives one record per year it has data for. The RAT date must lie
     * in the record's year.
     */
    COOPERATIVE("Koperasi (data tahunan)", "registrationNumber", List.of("registrationNumber", "name"), List.of(
            column("name", "Nama Koperasi", TEXT).aliases("nama", "nama koperasi kab kota", "koperasi").required()
                    .example("Koperasi Produsen Karyawan Timah Manggar").build(),
            column("registrationNumber", "Nomor Badan Hukum", TEXT).aliases("no badan hukum", "nbh", "no bh",
                    "nomor bh", "no bh koperasi", "nomor induk koperasi", "no induk koperasi").example("518/12/BH/XVI/2015").build(),
            column("year", "Tahun", YEAR).aliases("tahun buku", "tahun laporan", "thn").required().example("2025").build(),
            column("ratDate", "Tanggal RAT", DATE).aliases("tgl rat", "tanggal rapat anggota tahunan",
                    "tanggal pelaksanaan rat", "tgl pelaksanaan rat", "rat").perYear().example("12 Februari 2025").build(),
            column("businessVolume", "Volume Usaha", AMOUNT).aliases("vol usaha", "volume").perYear().scale(3)
                    .example("100.591.430.108").build(),
            column("assets", "Aset", AMOUNT).aliases("asset", "total aset", "jumlah aset", "aktiva", "total asset")
                    .perYear().scale(3).example("2.615.621.882,99").build())) {
        @Override
        List<String> keys(Map<String, ?> values) {
            Object year = values.get("year");
            if (year == null) {
                return List.of();
            }
            List<String> keys = new ArrayList<>(2);
            String number = (String) values.get("registrationNumber");
            if (number != null) {
                keys.add("nbh:" + number.toUpperCase(Locale.ROOT).replaceAll("\\s+", "") + "#" + year);
            }
            String name = (String) values.get("name");
            if (name != null) {
                keys.add("nama:" + HeaderText.normalise(name) + "#" + year);
            }
            return keys;
        }

        @Override
        void check(Map<String, Object> values, BiConsumer<String, String> error, BiConsumer<String, String> warning) {
            LocalDate rat = (LocalDate) values.get("ratDate");
            Integer year = (Integer) values.get("year");
            if (rat != null && year != null && rat.getYear() != year) {
                error.accept("ratDate", "Tanggal RAT " + DateText.indonesian(rat) + " tidak berada dalam tahun " + year);
            }
        }
    },

    /**
     * Companies ({@code Company}): name, sector, workers, PP/PKB (yes/no and number), LKS Bipartit (yes/no and
     * decree), wage structure and scale (yes/no), BPJS Ketenagakerjaan participants.
     */
    COMPANY("Perusahaan", null, List.of("name"), List.of(
            column("name", "Nama Perusahaan", TEXT).aliases("nama", "perusahaan").required()
                    .example("PT Contoh Sawit Lestari").build(),
            column("sector", "Sektor", TEXT).aliases("sektor usaha", "bidang usaha", "jenis usaha", "sektor lapangan usaha")
                    .example("Perkebunan Sawit").build(),
            column("workers", "Jumlah Tenaga Kerja", INTEGER).aliases("jumlah tenaga kerja", "tenaga kerja", "jumlah pekerja",
                    "pekerja", "jumlah karyawan", "karyawan", "jumlah tk", "jml tk").example("1.976").build(),
            column("ppPkb", "PP/PKB", YES_NO).aliases("memiliki pp pkb", "pp atau pkb", "ada pp pkb",
                    "peraturan perusahaan perjanjian kerja bersama").example("ya").build(),
            column("ppPkbNumber", "Nomor PP/PKB", TEXT).aliases("no pp pkb", "nomor pengesahan pp pkb", "sk pp pkb",
                    "no sk pp pkb").example("4/Hi.00.01/19.1906.230112004/B/V/2023").build(),
            column("lksBipartit", "LKS Bipartit", YES_NO).aliases("lks", "memiliki lks bipartit", "ada lks bipartit")
                    .example("ya").build(),
            column("lksBipartitDecree", "SK LKS Bipartit", TEXT).aliases("nomor sk lks bipartit", "no sk lks bipartit",
                    "sk lks", "sk pencatatan lks bipartit").example("188.4/11/KEP/DTK-KUKM/III/2024").build(),
            column("wageStructure", "Struktur dan Skala Upah", YES_NO).aliases("struktur skala upah", "susu",
                    "memiliki struktur dan skala upah", "struktur upah").example("tidak").build(),
            column("bpjsParticipants", "Peserta BPJS Ketenagakerjaan", INTEGER).aliases("peserta bpjs",
                    "jumlah peserta bpjs", "bpjs ketenagakerjaan", "peserta bpjs tk", "bpjs tk",
                    "jumlah peserta bpjs ketenagakerjaan").example("1.945").build())) {
        @Override
        List<String> keys(Map<String, ?> values) {
            String name = (String) values.get("name");
            return name == null ? List.of() : List.of("nama:" + HeaderText.normalise(name));
        }

        @Override
        void check(Map<String, Object> values, BiConsumer<String, String> error, BiConsumer<String, String> warning) {
            Integer workers = (Integer) values.get("workers");
            Integer participants = (Integer) values.get("bpjsParticipants");
            if (workers != null && participants != null && participants > workers) {
                warning.accept("bpjsParticipants", "Peserta BPJS Ketenagakerjaan (" + participants
                        + ") lebih banyak dari jumlah tenaga kerja (" + workers + ")");
            }
        }
    },

    /**
     * Micro-businesses ({@code MicroBusiness}): name, owner, kecamatan, NIB (13 digits), NPWP (15 or 16 digits,
     * dots and dashes allowed), the six entrepreneur criteria (yes/no), capital and annual sales.
     */
    MICRO_BUSINESS("Usaha mikro", "nib", List.of("nib", "name"), List.of(
            column("name", "Nama Usaha", TEXT).aliases("nama", "nama umkm", "nama usaha mikro", "nama ukm", "usaha")
                    .required().example("Warung Kopi Mawar").build(),
            column("ownerName", "Nama Pemilik", TEXT).aliases("pemilik", "pemilik usaha", "nama pelaku usaha",
                    "pelaku usaha").example("Siti Aminah").build(),
            column("kecamatan", "Kecamatan", TEXT).aliases("kec").required().example("Manggar").build(),
            column("nib", "NIB", IDENTIFIER).aliases("nomor induk berusaha", "no nib", "nomor nib").digits(13)
                    .example("1234567890123").build(),
            column("npwp", "NPWP", IDENTIFIER).aliases("no npwp", "nomor npwp").digits(15, 16)
                    .example("01.234.567.8-901.000").build(),
            column("fixedCommodity", "Komoditas Tetap", YES_NO).aliases("memiliki komoditas tetap", "komoditi tetap")
                    .example("ya").build(),
            column("fixedPlace", "Tempat Usaha Tetap", YES_NO).aliases("lokasi usaha tetap", "memiliki tempat usaha tetap",
                    "tempat tetap").example("ya").build(),
            column("financialRecords", "Pencatatan Keuangan", YES_NO).aliases("catatan keuangan", "pembukuan",
                    "memiliki catatan keuangan", "administrasi keuangan").example("tidak").build(),
            column("separatedFinances", "Keuangan Usaha Terpisah", YES_NO).aliases("keuangan terpisah",
                    "pemisahan keuangan", "memisahkan keuangan keluarga dan usaha",
                    "keuangan keluarga dan usaha terpisah").example("tidak").build(),
            column("entrepreneurshipTraining", "Pelatihan Kewirausahaan", YES_NO).aliases(
                    "pernah mengikuti pelatihan kewirausahaan", "pelatihan").example("ya").build(),
            column("financeAccess", "Akses Lembaga Keuangan", YES_NO).aliases("akses keuangan", "akses pembiayaan",
                    "akses ke lembaga keuangan").example("tidak").build(),
            column("capital", "Modal Usaha", AMOUNT).aliases("modal", "modal usaha di luar tanah dan bangunan",
                    "modal tidak termasuk tanah dan bangunan").scale(2).example("25.000.000").build(),
            column("annualSales", "Omzet Tahunan", AMOUNT).aliases("omset tahunan", "omzet", "omset",
                    "hasil penjualan tahunan", "penjualan tahunan").scale(2).example("180.000.000").build())) {
        @Override
        List<String> keys(Map<String, ?> values) {
            List<String> keys = new ArrayList<>(2);
            String nib = (String) values.get("nib");
            if (nib != null) {
                keys.add("nib:" + nib);
            }
            String name = (String) values.get("name");
            String kecamatan = (String) values.get("kecamatan");
            if (name != null && kecamatan != null) {
                keys.add("nama:" + HeaderText.normalise(name) + "|" + HeaderText.normalise(kecamatan));
            }
            return keys;
        }
    },

    /**
     * Civil servants' IP ASN scores ({@code StaffScore}): NIP (18 digits), name, PNS/PPPK, year and the four
     * dimension scores: kualifikasi 0–25, kompetensi 0–40, kinerja 0–30, disiplin 0–5.
     */
    STAFF_SCORE("Nilai IP ASN pegawai", null, List.of("nip"), List.of(
            column("nip", "NIP", IDENTIFIER).aliases("nomor induk pegawai", "no nip").digits(18).required()
                    .example("198703122010012001").build(),
            column("name", "Nama", TEXT).aliases("nama pegawai", "nama asn", "nama lengkap").required()
                    .example("Siti Rahmawati").build(),
            column("employment", "Status Kepegawaian", EMPLOYMENT).aliases("jenis asn", "status asn", "pns pppk",
                    "jenis kepegawaian", "status", "jenis pegawai").required().example("PNS").build(),
            column("year", "Tahun", YEAR).aliases("tahun penilaian", "thn").required().example("2025").build(),
            column("qualification", "Kualifikasi", DECIMAL).aliases("dimensi kualifikasi", "nilai kualifikasi")
                    .range(BigDecimal.ZERO, BigDecimal.valueOf(25)).scale(2).example("20,5").build(),
            column("competence", "Kompetensi", DECIMAL).aliases("dimensi kompetensi", "nilai kompetensi")
                    .range(BigDecimal.ZERO, BigDecimal.valueOf(40)).scale(2).example("32,54").build(),
            column("performance", "Kinerja", DECIMAL).aliases("dimensi kinerja", "nilai kinerja")
                    .range(BigDecimal.ZERO, BigDecimal.valueOf(30)).scale(2).example("25").build(),
            column("discipline", "Disiplin", DECIMAL).aliases("dimensi disiplin", "nilai disiplin")
                    .range(BigDecimal.ZERO, BigDecimal.valueOf(5)).scale(2).example("5").build())) {
        @Override
        List<String> keys(Map<String, ?> values) {
            Object nip = values.get("nip");
            Object year = values.get("year");
            return nip == null || year == null ? List.of() : List.of("nip:" + nip + "#" + year);
        }
    },

    /**
     * Statistics ({@code StatisticFigure}): code, year, part (empty for an undivided figure), value, unit,
     * provisional (yes/no), source document and location in it. Values may be negative (growth rates); an empty
     * "provisional" cell stays {@code null} (the entity needs a choice: the web layer decides).
     */
    STATISTIC("Angka statistik", null, List.of("code"), List.of(
            column("code", "Kode", CODE).aliases("kode statistik", "kode data", "kode angka").required()
                    .example("KOPERASI_AKTIF").build(),
            column("year", "Tahun", YEAR).aliases("thn").required().example("2025").build(),
            column("part", "Bagian", TEXT).aliases("rincian", "kecamatan", "triwulan", "komponen", "sektor")
                    .example("").build(),
            column("value", "Nilai", DECIMAL).aliases("angka", "jumlah", "nilai angka").required().scale(4)
                    .example("115").build(),
            column("unit", "Satuan", TEXT).example("koperasi").build(),
            column("provisional", "Angka Sementara", YES_NO).aliases("sementara", "bersifat sementara")
                    .example("tidak").build(),
            column("document", "Dokumen Sumber", TEXT).aliases("dokumen", "sumber", "sumber data")
                    .example("LKjIP 2025").build(),
            column("location", "Lokasi dalam Dokumen", TEXT).aliases("lokasi", "letak", "tabel", "halaman",
                    "lokasi sumber").example("Tabel 3.14").build())) {
        @Override
        List<String> keys(Map<String, ?> values) {
            Object code = values.get("code");
            Object year = values.get("year");
            if (code == null || year == null) {
                return List.of();
            }
            Object part = values.get("part");
            return List.of("kode:" + code.toString().strip().toUpperCase(Locale.ROOT).replace(' ', '_') + "#" + year + "#"
                    + HeaderText.normalise(part == null ? "" : part.toString()));
        }
    };

    /** The field of the {@code Catatan}/{@code Keterangan} column every register knows. */
    public static final String NOTE_FIELD = "note";

    /** The columns every register knows. */
    private static final class Common {
        static final ImportField NUMBER = column("rowNumber", "No", IGNORED).aliases("no urut", "nomor urut", "nmr").build();
        static final ImportField NOTE = column("note", "Catatan", TEXT).aliases("keterangan", "ket").build();
    }

    private final String label;
    private final String identifierField;
    private final List<String> keyFields;
    private final List<ImportField> fields;

    Register(String label, String identifierField, List<String> keyFields, List<ImportField> fields) {
        this.label = label;
        this.identifierField = identifierField;
        this.keyFields = keyFields;
        List<ImportField> all = new ArrayList<>(fields);
        all.add(Common.NUMBER);
        all.add(Common.NOTE);
        this.fields = List.copyOf(all);
    }

    /** The register's name in Bahasa Indonesia. */
    public String label() {
        return label;
    }

    /** The columns, in template order, then {@code No} (ignored) and {@code Catatan}. */
    public List<ImportField> fields() {
        return fields;
    }

    /** The field called {@code name}. */
    public ImportField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No field " + name + " in " + this));
    }

    /**
     * The natural keys of a record (field name → value, types as {@link FieldType} says): the natural key first,
     * then the other identities the record must not share with another one (a cooperative's name beside its
     * registration number). Empty when the values do not give a key.
     */
    public List<String> naturalKeys(Map<String, ?> values) {
        return keys(values);
    }

    abstract List<String> keys(Map<String, ?> values);

    /** Cross-field checks: {@code error}/{@code warning} take the field name and the message. */
    void check(Map<String, Object> values, BiConsumer<String, String> error, BiConsumer<String, String> warning) {
    }

    /** The field holding the number that identifies a record besides its name, {@code null} when none. */
    String identifierField() {
        return identifierField;
    }

    /** The fields the natural key is made of, the one to point at first. */
    List<String> keyFields() {
        return keyFields;
    }
}
