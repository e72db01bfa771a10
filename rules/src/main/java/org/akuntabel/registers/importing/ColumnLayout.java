package org.akuntabel.registers.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A header row matched against a register's columns: which column of the file fills which field (and, in
 * the per-year layout, for which year), which headers are unknown (warnings), which required columns are
 * missing (one error listing them all), which fields are named twice (errors).
 */
final class ColumnLayout {

    /**
     * A recognised column of the file.
     *
     * @param index      0-based column index in the file
     * @param header     the header as written
     * @param field      the field it fills
     * @param fieldIndex the field's index in {@link Register#fields()}
     * @param year       the year in the header (per-year layout), {@code null} otherwise
     */
    record Column(int index, String header, ImportField field, int fieldIndex, Integer year) {
    }

    private final Register register;
    private final int headerRow;
    private final List<Column> columns;
    private final List<RowIssue> issues;
    private final SortedSet<Integer> years;
    private final boolean allRequired;
    private final String[] normalisedHeaders;

    private ColumnLayout(Register register, int headerRow, List<Column> columns, List<RowIssue> issues,
                         SortedSet<Integer> years, boolean allRequired) {
        this.register = register;
        this.headerRow = headerRow;
        this.columns = columns;
        this.issues = issues;
        this.years = years;
        this.allRequired = allRequired;
        this.normalisedHeaders = columns.stream().map(c -> HeaderText.normalise(c.header())).toArray(String[]::new);
    }

    static ColumnLayout match(Register register, SourceRow header) {
        List<ImportField> fields = register.fields();
        List<Column> columns = new ArrayList<>();
        List<RowIssue> issues = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        SortedSet<Integer> years = new TreeSet<>();
        Map<String, Column> seen = new HashMap<>();
        for (int index = 0; index < header.cells().size(); index++) {
            String written = HeaderText.clean(header.cell(index));
            if (written == null) {
                continue;
            }
            String normalised = HeaderText.normalise(written);
            Column column = null;
            for (int f = 0; f < fields.size() && column == null; f++) {
                if (fields.get(f).matches(normalised)) {
                    column = new Column(index, written, fields.get(f), f, null);
                }
            }
            if (column == null) {
                HeaderText.YearSuffix suffix = HeaderText.yearSuffix(normalised);
                if (suffix != null) {
                    for (int f = 0; f < fields.size() && column == null; f++) {
                        if (fields.get(f).perYear() && fields.get(f).matches(suffix.base())) {
                            column = new Column(index, written, fields.get(f), f, suffix.year());
                        }
                    }
                }
            }
            if (column == null) {
                unknown.add(written);
                issues.add(RowIssue.warning(header.number(), written, IssueKind.UNKNOWN_COLUMN,
                        "Kolom '" + written + "' tidak dikenal untuk " + register.label() + " dan diabaikan"));
                continue;
            }
            if (column.field().type() == FieldType.IGNORED) {
                continue;
            }
            String slot = column.field().name() + "#" + column.year();
            Column earlier = seen.putIfAbsent(slot, column);
            if (earlier != null) {
                issues.add(RowIssue.error(header.number(), written, IssueKind.DUPLICATE_COLUMN, "Kolom '" + earlier.header()
                        + "' dan '" + written + "' sama-sama dibaca sebagai '" + column.field().header()
                        + (column.year() == null ? "" : " " + column.year()) + "': hapus atau ganti judul salah satunya"));
                continue;
            }
            if (column.year() != null) {
                years.add(column.year());
            }
            columns.add(column);
        }
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : fields) {
            boolean present = columns.stream().anyMatch(c -> c.field() == field);
            boolean fromHeaders = field.type() == FieldType.YEAR && !years.isEmpty();
            if (field.required() && !present && !fromHeaders) {
                missing.add(field);
            }
        }
        boolean yearColumn = columns.stream().anyMatch(c -> c.field().type() == FieldType.YEAR);
        if (yearColumn && !years.isEmpty()) {
            issues.add(RowIssue.error(header.number(), null, IssueKind.LAYOUT, "Berkas memuat kolom 'Tahun' dan juga kolom "
                    + "per tahun (" + columns.stream().filter(c -> c.year() != null).map(Column::header)
                    .collect(Collectors.joining(", ")) + "): gunakan salah satu susunan saja"));
        }
        if (!years.isEmpty()) {
            for (Column column : columns) {
                if (column.field().perYear() && column.year() == null) {
                    issues.add(RowIssue.error(header.number(), column.header(), IssueKind.LAYOUT, "Kolom '" + column.header()
                            + "' tidak menyebut tahun, padahal kolom lain dibuat per tahun (" + years.stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")) + "): beri tahun pada judulnya"));
                }
            }
        }
        if (!missing.isEmpty()) {
            issues.add(0, RowIssue.error(header.number(), null, IssueKind.MISSING_COLUMNS, "Kolom wajib tidak ditemukan: "
                    + missing.stream().map(f -> describe(register, f)).collect(Collectors.joining("; "))
                    + ". Judul kolom yang ada: " + String.join(", ", header.cells().stream().map(HeaderText::clean)
                    .filter(h -> h != null).toList()) + ". Unduh templat impor untuk melihat judul yang dikenali."));
        }
        return new ColumnLayout(register, header.number(), List.copyOf(columns), issues, years, missing.isEmpty());
    }

    private static String describe(Register register, ImportField field) {
        List<String> others = field.aliases().stream().filter(a -> !a.equals(HeaderText.normalise(field.header())))
                .sorted().limit(4).toList();
        String text = "'" + field.header() + "'";
        if (!others.isEmpty()) {
            text += " (juga dikenali: " + String.join(", ", others) + ")";
        }
        if (field.type() == FieldType.YEAR && register.fields().stream().anyMatch(ImportField::perYear)) {
            text += " atau kolom per tahun seperti 'Aset 2025'";
        }
        return text;
    }

    Register register() {
        return register;
    }

    int headerRow() {
        return headerRow;
    }

    List<Column> columns() {
        return columns;
    }

    List<RowIssue> issues() {
        return issues;
    }

    /** The years of the per-year columns; empty when the file has one row per record. */
    SortedSet<Integer> years() {
        return years;
    }

    boolean perYear() {
        return !years.isEmpty();
    }

    boolean hasAllRequired() {
        return allRequired;
    }

    boolean isFatal() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    /** Whether a row repeats the header (printed tables repeat it on every page). */
    boolean isRepeatedHeader(SourceRow row) {
        for (int i = 0; i < columns.size(); i++) {
            String cell = row.cell(columns.get(i).index());
            if (cell.length() < normalisedHeaders[i].length() / 2 || !HeaderText.normalise(cell).equals(normalisedHeaders[i])) {
                return false;
            }
        }
        return !columns.isEmpty();
    }

    /** How many headers were recognised (to pick the likeliest header row). */
    int recognised() {
        return columns.size();
    }
}
