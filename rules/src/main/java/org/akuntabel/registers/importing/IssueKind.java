package org.akuntabel.registers.importing;

/** What an issue is about; each has a short Bahasa Indonesia label for lists and filters. */
public enum IssueKind {
    /** The file cannot be read. */
    UNREADABLE_FILE("berkas tidak terbaca"),
    /** The file has no rows. */
    EMPTY_FILE("berkas kosong"),
    /** Required columns are not in the header (one issue lists them all). */
    MISSING_COLUMNS("kolom wajib tidak ada"),
    /** A header names no known column; the column is ignored. */
    UNKNOWN_COLUMN("kolom tidak dikenal"),
    /** Two headers name the same column. */
    DUPLICATE_COLUMN("kolom ganda"),
    /** The header mixes a year column with per-year columns, or similar. */
    LAYOUT("susunan kolom"),
    /** A row after the header repeats it (a table printed over several pages); it is skipped. */
    REPEATED_HEADER("judul berulang"),
    /** A row holds no data for any year (per-year layout); nothing is imported from it. */
    EMPTY_ROW("baris tanpa data"),
    /** A required cell is empty. */
    REQUIRED("wajib diisi"),
    /** A cell cannot be read as its column's type. */
    INVALID_VALUE("nilai tidak terbaca"),
    /** A number outside its allowed range (negative, above a dimension's maximum, too many decimals). */
    OUT_OF_RANGE("di luar rentang"),
    /** An identifier (NIB, NPWP, NIP) with the wrong number of digits. */
    WRONG_DIGITS("jumlah digit salah"),
    /** A date outside the record's year (the RAT of a year's record). */
    DATE_OUTSIDE_YEAR("tanggal di luar tahun"),
    /** The same natural key as an earlier row of the file. */
    DUPLICATE_KEY("data ganda"),
    /** The row's name is in the register under another registration number or NIB. */
    KEY_CONFLICT("identitas bertentangan"),
    /** Values that disagree with each other (more BPJS participants than workers). */
    INCONSISTENT("data tidak konsisten"),
    /** A number that can be read two ways: a person must choose. */
    AMBIGUOUS_NUMBER("perlu keputusan"),
    /** A number written in another format than the rest of its column, read unambiguously. */
    FORMAT_MISMATCH("format angka berbeda"),
    /** A cell read as a person decided. */
    DECIDED("sesuai keputusan");

    private final String label;

    IssueKind(String label) {
        this.label = label;
    }

    /** Bahasa Indonesia. */
    public String label() {
        return label;
    }
}
