package org.akuntabel.registers.importing;

import org.akuntabel.registers.importing.ColumnLayout.Column;
import org.akuntabel.registers.importing.ExistingRecords.ExistingRecord;
import org.akuntabel.registers.importing.NumberText.Reading;
import org.akuntabel.registers.importing.NumberText.Style;
import org.akuntabel.registers.staff.Employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans the import of a register from a CSV or XLSX file: a dry run that reads and checks every row and
 * compares it with what the register holds, without changing anything.
 *
 * <p>How a file is read:
 * <ol>
 *   <li><b>Header.</b> The first row (of the first ten non-blank rows) that has every required column is the
 *       header; title lines above it are skipped. Headers match case-, space- and punctuation-insensitively,
 *       with common variants ({@link Register}). Unknown columns are ignored with a warning; missing required
 *       columns are one error and nothing is read.</li>
 *   <li><b>Number formats.</b> Every number column is looked at as a whole before any cell is read
 *       ({@link TabularSource} is read twice, nothing is kept in between): its cells that show their format
 *       ({@code 1.234.567}, {@code 20,5}, {@code 1,234,567.00}) decide whether it is written the Indonesian way
 *       ({@code .} thousands, {@code ,} decimals) or the international way; when the column's own cells do not
 *       decide, the other number columns of the file do. A cell that can be read both ways with different
 *       values ({@code 1.234}) is read in the column's format; when nothing decides, it is not guessed: the
 *       record waits for a person ({@link IssueKind#AMBIGUOUS_NUMBER}, "perlu keputusan", with both readings).
 *       A cell with exactly three decimals in a column whose other cells are whole amounts ({@code 21.342,752},
 *       {@code 1.023.950,900}) might be a mistyped thousands separator: it waits for a person too. A cell written
 *       in the other format but readable only one way ({@code 31,781,794,203} in an Indonesian column) is read
 *       and noted ({@link IssueKind#FORMAT_MISMATCH}). Spreadsheet number cells are exact and need no reading,
 *       except for the three-decimals rule.</li>
 *   <li><b>Cells.</b> Empty cells are missing data: {@code null}, never zero or "no". Dates, yes/no cells and
 *       identifiers are read as {@link FieldType} says; problems are errors of the row, with its number, the
 *       column and the reason in Bahasa Indonesia.</li>
 *   <li><b>Records.</b> A record whose natural key ({@link Register}) an earlier row of the file already had is
 *       rejected. A record that matches none in {@code existing} is an addition; one that matches is an update
 *       listing each field that changes (before → after), or unchanged. An empty cell never erases a value the
 *       register has, and a different note ({@code Catatan}) alone is no change: the note goes with the stored
 *       record's source. Planning the same file again after applying the plan gives no additions or updates.</li>
 * </ol>
 */
public final class RegisterImport {

    /** The value of a cell waiting for a decision. */
    private static final Object PENDING = new Object();

    /** How many non-blank rows at the top of a file are searched for the header row. */
    static final int HEADER_SEARCH_ROWS = 10;

    private RegisterImport() {
    }

    /** Plans importing {@code source} into {@code register}, given what it holds now. */
    public static ImportPlan plan(Register register, TabularSource source, ExistingRecords existing) {
        return plan(register, source, existing, Decisions.none());
    }

    /**
     * Plans importing {@code source} into {@code register}, reading the ambiguous cells people have decided
     * as they decided.
     */
    public static ImportPlan plan(Register register, TabularSource source, ExistingRecords existing, Decisions decisions) {
        String description = source.description();
        try {
            return new Planner(register, existing, decisions).run(source, description);
        } catch (UnreadableSourceException e) {
            return ImportPlan.failed(register, description, RowIssue.error(0, null, IssueKind.UNREADABLE_FILE, e.getMessage()));
        }
    }

    /** Thrown to stop reading a file early. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** What the cells of one number column show about the column's format. */
    private static final class ColumnEvidence {
        int indonesian;
        int international;
        int numbers;
        int withDecimals;
        /** Cells like {@code 1.234} / {@code 1,234}: decimals if the column's decimal separator is theirs. */
        int eitherDot;
        int eitherComma;

        Style style() {
            return indonesian > international ? Style.INDONESIAN : international > indonesian ? Style.INTERNATIONAL : null;
        }

        /**
         * Whether the column holds whole amounts in the rows other than the one being read: at most half of
         * the other number cells have decimals (cells like {@code 1.234} count as decimals when {@code style}
         * reads them so).
         */
        boolean wholeElsewhere(boolean selfHasDecimals, Style style) {
            int decimals = withDecimals + (style == null ? 0 : style.decimal == '.' ? eitherDot : eitherComma);
            int others = numbers - 1;
            int otherDecimals = decimals - (selfHasDecimals ? 1 : 0);
            return otherDecimals * 2 <= others;
        }
    }

    private static final class Planner {
        private final Register register;
        private final List<ImportField> fields;
        private final ExistingRecords existing;
        private final Decisions decisions;

        private ColumnLayout layout;
        private ColumnLayout best;
        private int searched;
        private ColumnEvidence[] evidence;
        private Style fileStyle;
        private int rowsRead;
        private final List<RowIssue> fileIssues = new ArrayList<>();
        private final List<PlannedRecord> records = new ArrayList<>();
        private final Map<String, Integer> seenKeys = new HashMap<>();

        Planner(Register register, ExistingRecords existing, Decisions decisions) {
            this.register = register;
            this.fields = register.fields();
            this.existing = existing;
            this.decisions = decisions;
        }

        ImportPlan run(TabularSource source, String description) {
            try {
                source.forEachRow(this::firstPass);
            } catch (StopReading stop) {
                // the header was not found in the first rows
            }
            if (layout == null) {
                if (best == null) {
                    return ImportPlan.failed(register, description, RowIssue.error(0, null, IssueKind.EMPTY_FILE,
                            "Berkas kosong: tidak ada baris judul kolom maupun data"));
                }
                layout = best;
            }
            fileIssues.addAll(layout.issues());
            if (layout.isFatal()) {
                return new ImportPlan(register, description, layout.headerRow(), 0, fileIssues, List.of());
            }
            decideStyles();
            source.forEachRow(row -> {
                if (row.number() <= layout.headerRow()) {
                    return;
                }
                if (layout.isRepeatedHeader(row)) {
                    fileIssues.add(RowIssue.warning(row.number(), null, IssueKind.REPEATED_HEADER,
                            "Baris ini mengulang judul kolom (baris " + layout.headerRow() + ") dan dilewati"));
                    return;
                }
                rowsRead++;
                secondPass(row);
            });
            return new ImportPlan(register, description, layout.headerRow(), rowsRead, fileIssues, records);
        }

        // ---------------------------------------------------------------- pass 1: header and evidence

        private void firstPass(SourceRow row) {
            if (layout == null) {
                searched++;
                ColumnLayout attempt = ColumnLayout.match(register, row);
                if (attempt.hasAllRequired()) {
                    layout = attempt;
                    evidence = new ColumnEvidence[layout.columns().size()];
                    for (int i = 0; i < evidence.length; i++) {
                        evidence[i] = new ColumnEvidence();
                    }
                    return;
                }
                if (best == null || attempt.recognised() > best.recognised()) {
                    best = attempt;
                }
                if (searched >= HEADER_SEARCH_ROWS) {
                    throw new StopReading();
                }
                return;
            }
            if (layout.isRepeatedHeader(row)) {
                return;
            }
            List<Column> columns = layout.columns();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (!column.field().isNumeric()) {
                    continue;
                }
                String text = row.cell(column.index());
                if (text.isBlank()) {
                    continue;
                }
                ColumnEvidence seen = evidence[i];
                CellKind kind = row.kind(column.index());
                if (kind == CellKind.NUMBER) {
                    try {
                        BigDecimal value = new BigDecimal(text.strip());
                        seen.numbers++;
                        if (value.stripTrailingZeros().scale() > 0) {
                            seen.withDecimals++;
                        }
                    } catch (NumberFormatException e) {
                        // read (and reported) in the second pass
                    }
                } else if (kind == CellKind.TEXT) {
                    Reading reading = NumberText.read(text);
                    switch (reading.shape()) {
                        case PLAIN -> seen.numbers++;
                        case EITHER -> {
                            seen.numbers++;
                            if (reading.separator() == '.') {
                                seen.eitherDot++;
                            } else {
                                seen.eitherComma++;
                            }
                        }
                        case WRITTEN -> {
                            seen.numbers++;
                            if (reading.style() == Style.INDONESIAN) {
                                seen.indonesian++;
                            } else {
                                seen.international++;
                            }
                            if (reading.hasFraction()) {
                                seen.withDecimals++;
                            }
                        }
                        case INVALID -> {
                        }
                    }
                }
            }
        }

        private void decideStyles() {
            if (evidence == null) {
                evidence = new ColumnEvidence[0];
            }
            int indonesian = 0;
            int international = 0;
            for (ColumnEvidence seen : evidence) {
                indonesian += seen.indonesian;
                international += seen.international;
            }
            fileStyle = indonesian > international ? Style.INDONESIAN : international > indonesian ? Style.INTERNATIONAL : null;
        }

        // ---------------------------------------------------------------- pass 2: records

        private void secondPass(SourceRow row) {
            if (!layout.perYear()) {
                record(row, null);
                return;
            }
            boolean any = false;
            for (int year : layout.years()) {
                boolean hasData = false;
                for (Column column : layout.columns()) {
                    if (column.year() != null && column.year() == year && !row.cell(column.index()).isBlank()) {
                        hasData = true;
                        break;
                    }
                }
                if (hasData) {
                    any = true;
                    record(row, year);
                }
            }
            if (!any) {
                fileIssues.add(RowIssue.warning(row.number(), null, IssueKind.EMPTY_ROW, "Baris ini tidak berisi data tahun "
                        + "mana pun (" + String.join(", ", layout.years().stream().map(String::valueOf).toList())
                        + "); tidak ada yang diimpor darinya"));
            }
        }

        /** One record: the row's shared cells and, in the per-year layout, the cells of {@code year}. */
        private void record(SourceRow row, Integer year) {
            Object[] values = new Object[fields.size()];
            java.util.Arrays.fill(values, FieldValues.ABSENT);
            String[] headers = new String[fields.size()];
            boolean[] unreadable = new boolean[fields.size()];
            RecordIssues issues = new RecordIssues(row.number());
            for (int i = 0; i < layout.columns().size(); i++) {
                Column column = layout.columns().get(i);
                if (column.year() != null && !column.year().equals(year)) {
                    continue;
                }
                headers[column.fieldIndex()] = column.header();
                try {
                    Object value = read(row, column, evidence[i], issues);
                    if (value == PENDING) {
                        unreadable[column.fieldIndex()] = true;
                        value = null;
                    }
                    values[column.fieldIndex()] = value;
                } catch (CellProblem problem) {
                    values[column.fieldIndex()] = null;
                    unreadable[column.fieldIndex()] = true;
                    issues.error(column.header(), problem.kind(), problem.getMessage());
                }
            }
            if (year != null) {
                int yearField = indexOf("year");
                values[yearField] = year;
            }
            for (int f = 0; f < fields.size(); f++) {
                ImportField field = fields.get(f);
                if (field.required() && values[f] == null && !unreadable[f]) {
                    issues.error(headers[f], IssueKind.REQUIRED, "'" + field.header() + "' wajib diisi");
                }
            }
            Map<String, Object> map = FieldValues.of(fields, values);
            register.check(map,
                    (field, message) -> issues.error(headerOf(headers, field), field.equals("ratDate")
                            ? IssueKind.DATE_OUTSIDE_YEAR : IssueKind.INCONSISTENT, message),
                    (field, message) -> issues.warning(headerOf(headers, field), IssueKind.INCONSISTENT, message));

            List<String> keys = register.naturalKeys(map);
            String key = keys.isEmpty() ? null : keys.get(0);
            for (String each : keys) {
                Integer earlier = seenKeys.putIfAbsent(each, row.number());
                if (earlier != null) {
                    issues.error(keyColumn(headers, map), IssueKind.DUPLICATE_KEY, "Data ganda: " + describeKey(map, year)
                            + " sudah ada di baris " + earlier + " berkas ini");
                    break;
                }
            }
            if (issues.hasErrors()) {
                records.add(new PlannedRecord(row.number(), Outcome.REJECTED, key, null, map, List.of(), issues.list()));
                return;
            }
            if (issues.pending) {
                records.add(new PlannedRecord(row.number(), Outcome.NEEDS_DECISION, key, null, map, List.of(), issues.list()));
                return;
            }
            ExistingRecord match = null;
            boolean byOtherKey = false;
            for (int k = 0; k < keys.size() && match == null; k++) {
                Optional<ExistingRecord> found = existing.find(keys.get(k));
                if (found.isPresent()) {
                    match = found.get();
                    byOtherKey = k > 0;
                }
            }
            if (match == null) {
                records.add(new PlannedRecord(row.number(), Outcome.ADD, key, null, map, List.of(), issues.list()));
                return;
            }
            String identifier = register.identifierField();
            if (byOtherKey && identifier != null) {
                Object mine = map.get(identifier);
                Object theirs = match.values().get(identifier);
                if (mine != null && theirs != null && !normalisedId(mine).equals(normalisedId(theirs))) {
                    issues.error(headers[indexOf(identifier)], IssueKind.KEY_CONFLICT, describeKey(map, year)
                            + " sudah terdaftar dengan " + register.field(identifier).header() + " " + theirs
                            + ", bukan " + mine);
                    records.add(new PlannedRecord(row.number(), Outcome.REJECTED, key, null, map, List.of(), issues.list()));
                    return;
                }
            }
            List<FieldChange> changes = new ArrayList<>();
            for (int f = 0; f < fields.size(); f++) {
                Object value = values[f];
                if (value == FieldValues.ABSENT || value == null || fields.get(f).type() == FieldType.IGNORED
                        || fields.get(f).name().equals(Register.NOTE_FIELD)) {
                    continue;
                }
                Object before = match.values().get(fields.get(f).name());
                if (!InMemoryRecords.same(before, value)) {
                    changes.add(new FieldChange(fields.get(f).name(), headers[f] == null ? fields.get(f).header() : headers[f],
                            before, value));
                }
            }
            records.add(new PlannedRecord(row.number(), changes.isEmpty() ? Outcome.UNCHANGED : Outcome.UPDATE, key,
                    match.key(), map, changes, issues.list()));
        }

        private String headerOf(String[] headers, String field) {
            String header = headers[indexOf(field)];
            return header != null ? header : register.field(field).header();
        }

        private String keyColumn(String[] headers, Map<String, Object> values) {
            for (String field : register.keyFields()) {
                if (values.get(field) != null && headers[indexOf(field)] != null) {
                    return headers[indexOf(field)];
                }
            }
            return null;
        }

        private String describeKey(Map<String, Object> values, Integer year) {
            StringBuilder text = new StringBuilder();
            for (String field : register.keyFields()) {
                Object value = values.get(field);
                if (value != null) {
                    text.append(text.length() == 0 ? "" : ", ").append(register.field(field).header()).append(" '")
                            .append(value).append('\'');
                }
            }
            Object recordYear = values.get("year");
            if (recordYear != null && fields.stream().anyMatch(f -> f.name().equals("year"))) {
                text.append(" tahun ").append(recordYear);
            }
            return text.toString();
        }

        private static String normalisedId(Object id) {
            return id.toString().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        }

        private int indexOf(String field) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(field)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(field);
        }

        // ---------------------------------------------------------------- cells

        private Object read(SourceRow row, Column column, ColumnEvidence seen, RecordIssues issues) {
            String text = row.cell(column.index());
            if (text.isBlank()) {
                return null;
            }
            CellKind kind = row.kind(column.index());
            ImportField field = column.field();
            if (kind == CellKind.ERROR) {
                throw new CellProblem("Sel berisi galat rumus (" + text.strip() + ")");
            }
            return switch (field.type()) {
                case TEXT -> HeaderText.clean(text);
                case CODE -> HeaderText.clean(text).toUpperCase(Locale.ROOT).replace(' ', '_');
                case IDENTIFIER -> identifier(field, text, kind);
                case INTEGER, AMOUNT, DECIMAL -> number(row.number(), column, seen, text, kind, issues);
                case DATE -> date(text, kind);
                case YES_NO -> yesNo(text);
                case YEAR -> year(text);
                case EMPLOYMENT -> employment(text);
                case IGNORED -> null;
            };
        }

        private Object number(int rowNumber, Column column, ColumnEvidence seen, String text, CellKind kind,
                              RecordIssues issues) {
            ImportField field = column.field();
            String written = text.strip();
            if (written.equals("-") || written.equals("\u2013") || written.equals("\u2014")) {
                throw new CellProblem("'" + written + "' tidak jelas: kosongkan sel bila data tidak ada, atau tulis 0");
            }
            if (kind == CellKind.DATE || kind == CellKind.BOOLEAN) {
                throw new CellProblem("Sel berisi " + (kind == CellKind.DATE ? "tanggal" : "ya/tidak") + " (" + written
                        + "), bukan angka");
            }
            boolean decimalsAllowed = field.type() != FieldType.INTEGER;
            Style style = seen.style() != null ? seen.style() : fileStyle;
            BigDecimal value;
            if (kind == CellKind.NUMBER) {
                try {
                    value = new BigDecimal(written);
                } catch (NumberFormatException e) {
                    throw new CellProblem("'" + written + "' bukan angka yang dapat dibaca");
                }
                if (decimalsAllowed && value.stripTrailingZeros().scale() == 3 && seen.wholeElsewhere(true, style)) {
                    BigDecimal typo = value.movePointRight(3).setScale(0, java.math.RoundingMode.UNNECESSARY);
                    value = ambiguous(rowNumber, column, issues, List.of(value, typo), "sel berisi angka "
                            + NumberText.indonesian(value) + " dengan tiga angka desimal, padahal sel lain di kolom ini "
                            + "berisi angka bulat: dibaca " + NumberText.indonesian(value) + " atau "
                            + NumberText.indonesian(typo) + " (koma salah ketik untuk pemisah ribuan)?");
                }
            } else {
                Reading reading = NumberText.read(written);
                switch (reading.shape()) {
                    case INVALID -> throw new CellProblem("'" + written + "' bukan angka yang dapat dibaca");
                    case PLAIN -> value = reading.value();
                    case WRITTEN -> {
                        value = reading.value();
                        if (decimalsAllowed && reading.typo() != null && seen.wholeElsewhere(reading.hasFraction(), style)) {
                            char decimal = reading.style().decimal;
                            value = ambiguous(rowNumber, column, issues, List.of(reading.value(), reading.typo()),
                                    "'" + written + "' dapat dibaca " + NumberText.indonesian(reading.value()) + " ("
                                            + separatorName(decimal) + " sebagai pemisah desimal) atau "
                                            + NumberText.indonesian(reading.typo()) + " (" + separatorName(decimal)
                                            + " salah ketik untuk pemisah ribuan); sel lain di kolom ini berisi angka bulat");
                        } else if (style != null && reading.style() != style) {
                            issues.warning(column.header(), IssueKind.FORMAT_MISMATCH, "'" + written + "' ditulis dalam "
                                    + reading.style().label + ", berbeda dari kolom ini (" + style.label + "); dibaca "
                                    + NumberText.indonesian(value));
                        }
                    }
                    case EITHER -> {
                        String separator = separatorName(reading.separator());
                        if (!decimalsAllowed) {
                            value = reading.asThousands();
                        } else if (style == null) {
                            value = ambiguous(rowNumber, column, issues, List.of(reading.asThousands(), reading.asDecimal()),
                                    "'" + written + "' dapat dibaca " + NumberText.indonesian(reading.asThousands()) + " ("
                                            + separator + " sebagai pemisah ribuan) atau "
                                            + NumberText.indonesian(reading.asDecimal()) + " (" + separator
                                            + " sebagai pemisah desimal); format angka kolom ini tidak dapat ditentukan dari isi berkas");
                        } else if (style.thousands == reading.separator()) {
                            value = reading.asThousands();
                        } else if (seen.wholeElsewhere(true, style)) {
                            value = ambiguous(rowNumber, column, issues, List.of(reading.asDecimal(), reading.asThousands()),
                                    "'" + written + "' dapat dibaca " + NumberText.indonesian(reading.asDecimal()) + " ("
                                            + separator + " sebagai pemisah desimal, " + style.label + ") atau "
                                            + NumberText.indonesian(reading.asThousands()) + " (" + separator
                                            + " salah ketik untuk pemisah ribuan); sel lain di kolom ini berisi angka bulat");
                        } else {
                            value = reading.asDecimal();
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            if (value == null) {
                return PENDING;
            }
            return checked(field, written, value);
        }

        private Object checked(ImportField field, String written, BigDecimal value) {
            String shown = NumberText.indonesian(value);
            boolean belowMin = field.min() != null && value.compareTo(field.min()) < 0;
            boolean aboveMax = field.max() != null && value.compareTo(field.max()) > 0;
            if (belowMin && field.max() == null) {
                throw new CellProblem(IssueKind.OUT_OF_RANGE, "'" + field.header() + "' "
                        + (field.min().signum() == 0 ? "tidak boleh negatif" : "paling kecil " + NumberText.indonesian(field.min()))
                        + " (tertulis " + written + ")");
            }
            if (belowMin || aboveMax) {
                throw new CellProblem(IssueKind.OUT_OF_RANGE, "'" + field.header() + "' harus "
                        + (field.min() == null ? "paling besar " + NumberText.indonesian(field.max())
                        : "antara " + NumberText.indonesian(field.min()) + " dan " + NumberText.indonesian(field.max()))
                        + " (tertulis " + shown + ")");
            }
            if (field.type() == FieldType.INTEGER) {
                if (value.stripTrailingZeros().scale() > 0) {
                    throw new CellProblem("'" + field.header() + "' harus bilangan bulat (tertulis " + written + ")");
                }
                try {
                    return value.intValueExact();
                } catch (ArithmeticException e) {
                    throw new CellProblem(IssueKind.OUT_OF_RANGE, "'" + field.header() + "' terlalu besar (tertulis " + written + ")");
                }
            }
            if (value.stripTrailingZeros().scale() > field.maxScale()) {
                throw new CellProblem(IssueKind.OUT_OF_RANGE, "'" + field.header() + "' paling banyak " + field.maxScale()
                        + " angka di belakang koma (tertulis " + shown + ")");
            }
            return value;
        }

        /** A cell with several readings: the decision when there is one, else {@code null} and the record waits. */
        private BigDecimal ambiguous(int rowNumber, Column column, RecordIssues issues, List<BigDecimal> readings,
                                     String explanation) {
            Optional<BigDecimal> chosen = decisions.chosen(rowNumber, column.header());
            if (chosen.isPresent()) {
                issues.add(new RowIssue(rowNumber, column.header(), Severity.INFO, IssueKind.DECIDED, "Dibaca "
                        + NumberText.indonesian(chosen.get()) + " sesuai keputusan (" + explanation + ")", readings));
                return chosen.get();
            }
            issues.add(new RowIssue(rowNumber, column.header(), Severity.WARNING, IssueKind.AMBIGUOUS_NUMBER,
                    "Perlu keputusan: " + explanation, readings));
            issues.pending = true;
            return null;
        }

        private static String separatorName(char separator) {
            return separator == ',' ? "koma" : "titik";
        }

        private static String identifier(ImportField field, String text, CellKind kind) {
            String digits;
            String hint = "";
            if (kind == CellKind.NUMBER) {
                digits = text.strip();
                hint = " (sel disimpan sebagai angka di lembar kerja, sehingga angka 0 di depan hilang dan digit sesudah "
                        + "digit ke-15 tidak tersimpan tepat: format kolom sebagai Teks lalu isi ulang)";
                if (!digits.chars().allMatch(Character::isDigit)) {
                    throw new CellProblem(field.header() + " hanya boleh berisi angka (tertulis " + digits + ")");
                }
                if (digits.length() > 15) {
                    throw new CellProblem(field.header() + " " + digits + " tidak dapat dipercaya" + hint);
                }
            } else {
                digits = text.strip().replaceAll("^'", "").replaceAll("[\\s.\\-/\u00A0]", "");
                if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw new CellProblem(field.header() + " hanya boleh berisi angka (tertulis " + text.strip() + ")");
                }
            }
            if (!field.digits().isEmpty() && !field.digits().contains(digits.length())) {
                throw new CellProblem(IssueKind.WRONG_DIGITS, field.header() + " harus " + String.join(" atau ", field.digits().stream()
                        .map(String::valueOf).toList()) + " angka; tertulis " + digits.length() + " angka (" + text.strip()
                        + ")" + hint);
            }
            return digits;
        }

        private static LocalDate date(String text, CellKind kind) {
            String written = text.strip();
            switch (kind) {
                case DATE -> {
                    try {
                        return LocalDate.parse(written.length() > 10 ? written.substring(0, 10) : written);
                    } catch (DateTimeParseException e) {
                        throw new CellProblem("Tanggal '" + written + "' tidak dapat dibaca");
                    }
                }
                case NUMBER -> throw new CellProblem("Sel berisi angka " + written + ", bukan tanggal: format sel sebagai "
                        + "tanggal atau tulis seperti 20/02/2025 atau 20 Februari 2025");
                case BOOLEAN -> throw new CellProblem("Sel berisi ya/tidak (" + written + "), bukan tanggal");
                default -> {
                    return DateText.parse(written);
                }
            }
        }

        private static final Set<String> YES = Set.of("ya", "y", "yes", "ada", "sudah", "true", "1", "benar", "iya");
        private static final Set<String> NO = Set.of("tidak", "tdk", "n", "no", "tidak ada", "belum", "false", "0",
                "tidak punya", "belum ada");
        private static final Set<String> YES_MARKS = Set.of("\u2713", "\u2714", "\u2611", "\u221A");
        private static final Set<String> NO_MARKS = Set.of("\u2717", "\u2718", "\u2612");

        static Boolean yesNo(String text) {
            String written = text.strip();
            if (YES_MARKS.contains(written)) {
                return Boolean.TRUE;
            }
            if (NO_MARKS.contains(written)) {
                return Boolean.FALSE;
            }
            String normalised = HeaderText.normalise(written);
            if (YES.contains(normalised)) {
                return Boolean.TRUE;
            }
            if (NO.contains(normalised)) {
                return Boolean.FALSE;
            }
            if (written.equals("-")) {
                throw new CellProblem("'-' tidak jelas: kosongkan sel bila data tidak ada, atau tulis ya/tidak");
            }
            throw new CellProblem("'" + written + "' bukan ya/tidak (yang dikenali: ya, tidak, ada, tidak ada, y, n, "
                    + "true, false, 1, 0, \u2713)");
        }

        private static Integer year(String text) {
            String written = text.strip();
            if (written.matches("\\d{4}(\\.0+)?")) {
                int year = Integer.parseInt(written.substring(0, 4));
                if (year >= 1900 && year <= 2100) {
                    return year;
                }
            }
            throw new CellProblem("Tahun '" + written + "' tidak dapat dibaca (tulis empat angka, mis. 2025)");
        }

        private static Employment employment(String text) {
            String normalised = HeaderText.normalise(text);
            return switch (normalised) {
                case "pns", "pegawai negeri sipil" -> Employment.PNS;
                case "pppk", "p3k", "pegawai pemerintah dengan perjanjian kerja" -> Employment.PPPK;
                default -> throw new CellProblem("Status kepegawaian '" + text.strip() + "' tidak dikenal (tulis PNS atau PPPK)");
            };
        }
    }

    /** The issues of one record, in the order found. */
    private static final class RecordIssues {
        private final int row;
        private List<RowIssue> issues;
        boolean pending;

        RecordIssues(int row) {
            this.row = row;
        }

        void add(RowIssue issue) {
            if (issues == null) {
                issues = new ArrayList<>(2);
            }
            issues.add(issue);
        }

        void error(String column, IssueKind kind, String message) {
            add(RowIssue.error(row, column, kind, message));
        }

        void warning(String column, IssueKind kind, String message) {
            add(RowIssue.warning(row, column, kind, message));
        }

        boolean hasErrors() {
            return issues != null && issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        }

        List<RowIssue> list() {
            return issues == null ? List.of() : issues;
        }
    }
}
