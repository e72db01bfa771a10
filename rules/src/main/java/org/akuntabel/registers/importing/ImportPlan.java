package org.akuntabel.registers.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What importing a file would do, computed without changing anything (a dry run): the records to add, the
 * records to update (with before → after per field), the records the file repeats unchanged, the rejected
 * records with their reasons, and the records waiting for a person to choose how to read a cell. Issues
 * about the file as a whole (missing or unknown columns, unreadable file) are in {@link #fileIssues()}; when
 * one of them is an error the plan is {@link #isFatal() fatal} and holds no records.
 *
 * <p>Applying a plan (the web layer, or {@link InMemoryRecords#apply} for the in-memory reference) means
 * adding {@link #additions()} and changing the fields listed in each of {@link #updates()}; nothing else.
 */
public final class ImportPlan {

    private final Register register;
    private final String source;
    private final int headerRow;
    private final int rowsRead;
    private final List<RowIssue> fileIssues;
    private final List<PlannedRecord> records;
    private final List<PlannedRecord> additions;
    private final List<PlannedRecord> updates;
    private final List<PlannedRecord> unchanged;
    private final List<PlannedRecord> rejected;
    private final List<PlannedRecord> awaitingDecision;

    ImportPlan(Register register, String source, int headerRow, int rowsRead, List<RowIssue> fileIssues,
               List<PlannedRecord> records) {
        this.register = register;
        this.source = source;
        this.headerRow = headerRow;
        this.rowsRead = rowsRead;
        this.fileIssues = List.copyOf(fileIssues);
        this.records = List.copyOf(records);
        this.additions = select(Outcome.ADD);
        this.updates = select(Outcome.UPDATE);
        this.unchanged = select(Outcome.UNCHANGED);
        this.rejected = select(Outcome.REJECTED);
        this.awaitingDecision = select(Outcome.NEEDS_DECISION);
    }

    static ImportPlan failed(Register register, String source, RowIssue issue) {
        return new ImportPlan(register, source, 0, 0, List.of(issue), List.of());
    }

    private List<PlannedRecord> select(Outcome outcome) {
        return records.stream().filter(r -> r.outcome() == outcome).toList();
    }

    public Register register() {
        return register;
    }

    /** How the file was read ({@link TabularSource#description()}). */
    public String source() {
        return source;
    }

    /** The row the column headers were found on (1-based), 0 when none was. */
    public int headerRow() {
        return headerRow;
    }

    /** Data rows read (non-blank rows after the header, repeated header rows not counted). */
    public int rowsRead() {
        return rowsRead;
    }

    /** Every record read from the file, in file order. */
    public List<PlannedRecord> records() {
        return records;
    }

    public List<PlannedRecord> additions() {
        return additions;
    }

    public List<PlannedRecord> updates() {
        return updates;
    }

    public List<PlannedRecord> unchanged() {
        return unchanged;
    }

    public List<PlannedRecord> rejected() {
        return rejected;
    }

    /** Records held back until a person chooses how to read a cell ({@link IssueKind#AMBIGUOUS_NUMBER}). */
    public List<PlannedRecord> awaitingDecision() {
        return awaitingDecision;
    }

    /** Issues about the file as a whole: columns, layout, readability, rows that gave no record. */
    public List<RowIssue> fileIssues() {
        return fileIssues;
    }

    /** Every issue: the file's, then each record's, in file order. */
    public List<RowIssue> issues() {
        List<RowIssue> all = new ArrayList<>(fileIssues);
        records.forEach(r -> all.addAll(r.issues()));
        return all;
    }

    /** The issues that match {@code filter}. */
    public List<RowIssue> issues(Predicate<RowIssue> filter) {
        return issues().stream().filter(filter).toList();
    }

    /** Issues waiting for a person's choice ("perlu keputusan"). */
    public List<RowIssue> decisionsNeeded() {
        return issues(RowIssue::needsDecision);
    }

    /** Whether the file cannot be imported at all (a file-level error); then there are no records. */
    public boolean isFatal() {
        return fileIssues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    /** Whether applying this plan would change the register. */
    public boolean hasChanges() {
        return !additions.isEmpty() || !updates.isEmpty();
    }

    /** Counts by outcome. */
    public Map<Outcome, Integer> counts() {
        return Map.of(Outcome.ADD, additions.size(), Outcome.UPDATE, updates.size(), Outcome.UNCHANGED, unchanged.size(),
                Outcome.REJECTED, rejected.size(), Outcome.NEEDS_DECISION, awaitingDecision.size());
    }

    /** One line for people, Bahasa Indonesia. */
    public String summary() {
        if (isFatal()) {
            return register.label() + ": berkas tidak dapat diimpor. "
                    + String.join(" ", fileIssues.stream().filter(i -> i.severity() == Severity.ERROR)
                    .map(RowIssue::message).toList());
        }
        return register.label() + ": " + rowsRead + " baris dibaca, " + records.size() + " data — "
                + additions.size() + " baru, " + updates.size() + " berubah, " + unchanged.size() + " tetap, "
                + rejected.size() + " ditolak, " + awaitingDecision.size() + " perlu keputusan.";
    }

    @Override
    public String toString() {
        return summary();
    }
}
