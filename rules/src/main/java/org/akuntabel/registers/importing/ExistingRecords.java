package org.akuntabel.registers.importing;

import java.util.Map;
import java.util.Optional;

/**
 * What a register holds now, as the import compares against it: records by natural key, each as
 * field name → value (field names and value types as {@link Register#fields()} and {@link FieldType} say;
 * other numeric types and enum names compare by value). The web layer fills an {@link InMemoryRecords} from
 * the agency's entities, or answers look-ups itself.
 */
public interface ExistingRecords {

    /** The record with natural key {@code key} ({@link Register#naturalKeys}), if any. */
    Optional<ExistingRecord> find(String key);

    /** An empty register. */
    static ExistingRecords none() {
        return key -> Optional.empty();
    }

    /**
     * A record of the register.
     *
     * @param key    its natural key (the first of {@link Register#naturalKeys})
     * @param values field name → value
     */
    record ExistingRecord(String key, Map<String, Object> values) {
    }
}
