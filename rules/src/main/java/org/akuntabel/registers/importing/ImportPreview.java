package org.akuntabel.registers.importing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a dry run (or a confirmation) found, as the page and the REST answer show it: the import record with its
 * counts, and the first {@link #LIMIT} additions, updates (before → after), rejected cells, warnings and the
 * cells waiting for a decision ({@link #DECISION_LIMIT} of those). {@code truncated} says a list was cut; the
 * counts are always complete.
 */
public record ImportPreview(long importId, String register, String registerLabel, String fileName, String status,
                            String source, String summary, int rowsRead, Counts counts, boolean truncated,
                            List<Issue> fileIssues, List<Addition> additions, List<Update> updates, List<Issue> rejected,
                            List<Awaiting> awaiting, List<Issue> warnings) implements Serializable {

    /** How many of each list a preview shows. */
    public static final int LIMIT = 200;

    /** How many cells waiting for a decision a preview shows (every one must be decided). */
    public static final int DECISION_LIMIT = 2000;

    public record Counts(int added, int updated, int unchanged, int rejected, int awaiting) implements Serializable {
    }

    /** An issue of a row ({@code row} 0: the file) and column, with the reason in Bahasa Indonesia. */
    public record Issue(int row, String column, String severity, String kind, String reason) implements Serializable {

        static Issue of(RowIssue issue) {
            return new Issue(issue.row(), issue.column(), issue.severity().name(), issue.kind().label(), issue.message());
        }
    }

    /** A record to add: its row and values (field → value; empty cells are {@code null}: no data). */
    public record Addition(int row, String key, Map<String, Object> values) implements Serializable {
    }

    /** One field an update changes. */
    public record Change(String field, String column, Object before, Object after) implements Serializable {
    }

    /** A record to update: its row, the key of the register record, the changes. */
    public record Update(int row, String key, List<Change> changes) implements Serializable {
    }

    /** A cell only a person can read: the readings, the one matching the column's format first. */
    public record Awaiting(int row, String column, List<BigDecimal> readings, String reason) implements Serializable {
    }

    static ImportPreview of(ImportView view, ImportPlan plan) {
        boolean[] cut = {false};
        List<Addition> additions = new ArrayList<>();
        for (PlannedRecord record : plan.additions()) {
            if (additions.size() == LIMIT) {
                cut[0] = true;
                break;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            record.values().forEach((field, value) -> values.put(field, value instanceof Enum<?> e ? e.name() : value));
            additions.add(new Addition(record.row(), record.key(), values));
        }
        List<Update> updates = new ArrayList<>();
        for (PlannedRecord record : plan.updates()) {
            if (updates.size() == LIMIT) {
                cut[0] = true;
                break;
            }
            updates.add(new Update(record.row(), record.existingKey(), record.changes().stream()
                    .map(c -> new Change(c.field(), c.column(), plain(c.before()), plain(c.after()))).toList()));
        }
        List<Issue> rejected = new ArrayList<>();
        List<Awaiting> awaiting = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        for (PlannedRecord record : plan.records()) {
            for (RowIssue issue : record.issues()) {
                if (issue.needsDecision() && record.outcome() != Outcome.NEEDS_DECISION) {
                    continue; // the row is rejected anyway: its errors say why
                }
                if (issue.needsDecision()) {
                    if (awaiting.size() < DECISION_LIMIT) {
                        awaiting.add(new Awaiting(issue.row(), issue.column(), issue.readings(), issue.message()));
                    } else {
                        cut[0] = true;
                    }
                } else if (issue.severity() == Severity.ERROR) {
                    add(rejected, Issue.of(issue), cut);
                } else if (issue.severity() == Severity.WARNING) {
                    add(warnings, Issue.of(issue), cut);
                }
            }
        }
        return new ImportPreview(view.importId(), view.register(), view.registerLabel(), view.fileName(), view.status(),
                plan.source(), plan.summary(), plan.rowsRead(), new Counts(plan.additions().size(), plan.updates().size(),
                plan.unchanged().size(), plan.rejected().size(), plan.awaitingDecision().size()), cut[0],
                plan.fileIssues().stream().map(Issue::of).toList(), additions, updates, rejected, awaiting, warnings);
    }

    private static void add(List<Issue> list, Issue issue, boolean[] cut) {
        if (list.size() < LIMIT) {
            list.add(issue);
        } else {
            cut[0] = true;
        }
    }

    private static Object plain(Object value) {
        return value instanceof Enum<?> e ? e.name() : value;
    }
}
