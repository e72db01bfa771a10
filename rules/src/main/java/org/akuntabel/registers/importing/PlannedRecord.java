package org.akuntabel.registers.importing;

import java.util.List;
import java.util.Map;

/**
 * One record read from the file and what the plan does with it. A row gives one record, or one per year
 * in the per-year layout of the cooperative register (the printed Tabel 3.13: {@code aset_2024},
 * {@code aset_2025}, …), each with the row's number.
 *
 * @param row         1-based row number in the file
 * @param outcome     what the plan does with it
 * @param key         the record's natural key ({@link Register}), {@code null} when the row does not give one
 * @param existingKey the natural key of the register record it matched ({@link Outcome#UPDATE},
 *                    {@link Outcome#UNCHANGED}), {@code null} otherwise
 * @param values      field name → value for every column the file has, in the register's field order; an
 *                    empty cell is {@code null} (missing data, never zero or no). Types: see {@link FieldType}.
 * @param changes     for {@link Outcome#UPDATE}: each field that changes, before → after
 * @param issues      everything noted about the record: errors (why it is rejected), warnings, decisions
 */
public record PlannedRecord(int row, Outcome outcome, String key, String existingKey, Map<String, Object> values,
                            List<FieldChange> changes, List<RowIssue> issues) {

    public PlannedRecord {
        changes = List.copyOf(changes);
        issues = List.copyOf(issues);
    }

    /** The value of {@code field}, {@code null} when empty or not in the file. */
    public Object value(String field) {
        return values.get(field);
    }
}
