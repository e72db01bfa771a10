package org.akuntabel.registers.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A register's records held in memory, found by any of their natural keys ({@link Register#naturalKeys}).
 * It is both the simple view of "what exists" that {@link RegisterImport#plan} compares a file against and
 * the reference for what applying a plan means ({@link #apply}): additions become records, updates change
 * the listed fields, nothing else moves.
 */
public final class InMemoryRecords implements ExistingRecords {

    private final Register register;
    private final Map<String, Map<String, Object>> records = new LinkedHashMap<>();
    private final Map<String, String> index = new HashMap<>();
    private final Map<String, List<String>> aliases = new HashMap<>();

    public InMemoryRecords(Register register) {
        this.register = register;
    }

    /** The records given, each field name → value. */
    public static InMemoryRecords of(Register register, Collection<? extends Map<String, ?>> records) {
        InMemoryRecords existing = new InMemoryRecords(register);
        records.forEach(existing::put);
        return existing;
    }

    /**
     * Adds a record, or replaces the one with the same natural key. {@code null} values are left out.
     *
     * @throws IllegalArgumentException when the values give no natural key
     */
    public void put(Map<String, ?> values) {
        Map<String, Object> record = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (value != null) {
                record.put(field, value);
            }
        });
        List<String> keys = register.naturalKeys(record);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No natural key in " + values);
        }
        String key = keys.get(0);
        if (records.remove(key) != null) {
            unindex(key);
        }
        records.put(key, record);
        List<String> indexed = new ArrayList<>(keys.size());
        for (String alias : keys) {
            if (index.putIfAbsent(alias, key) == null) {
                indexed.add(alias);
            }
        }
        aliases.put(key, indexed);
    }

    @Override
    public Optional<ExistingRecord> find(String key) {
        String primary = index.get(key);
        if (primary == null) {
            return Optional.empty();
        }
        return Optional.of(new ExistingRecord(primary, Collections.unmodifiableMap(records.get(primary))));
    }

    /** The record with this natural key (or another of its keys), {@code null} when none. */
    public Map<String, Object> get(String key) {
        return find(key).map(ExistingRecord::values).orElse(null);
    }

    /** Every record, in the order they were added. */
    public Collection<Map<String, Object>> records() {
        return Collections.unmodifiableCollection(records.values());
    }

    public int size() {
        return records.size();
    }

    /**
     * Applies a plan: each {@link Outcome#ADD} becomes a record, each {@link Outcome#UPDATE} changes its
     * record's listed fields. Rejected records and records waiting for a decision are left alone.
     */
    public void apply(ImportPlan plan) {
        if (plan.register() != register) {
            throw new IllegalArgumentException("Plan for " + plan.register() + " applied to " + register);
        }
        for (PlannedRecord planned : plan.records()) {
            if (planned.outcome() == Outcome.ADD) {
                put(planned.values());
            } else if (planned.outcome() == Outcome.UPDATE) {
                Map<String, Object> current = records.get(planned.existingKey());
                if (current == null) {
                    throw new IllegalStateException("Record " + planned.existingKey() + " is no longer there");
                }
                Map<String, Object> changed = new LinkedHashMap<>(current);
                for (FieldChange change : planned.changes()) {
                    changed.put(change.field(), change.after());
                }
                records.remove(planned.existingKey());
                unindex(planned.existingKey());
                put(changed);
            }
        }
    }

    private void unindex(String key) {
        List<String> indexed = aliases.remove(key);
        if (indexed != null) {
            indexed.forEach(index::remove);
        }
    }

    /** Whether two field values are the same value: numbers by value ({@code 8000000} = {@code 8000000.000}), enums by name. */
    static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return decimal(x).compareTo(decimal(y)) == 0;
        }
        if (a instanceof Enum<?> e && b instanceof String s) {
            return e.name().equals(s);
        }
        if (a instanceof String s && b instanceof Enum<?> e) {
            return e.name().equals(s);
        }
        return a.equals(b);
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }

    @Override
    public String toString() {
        return register + " " + new ArrayList<>(records.keySet());
    }
}
