package org.akuntabel.evaluation;

import org.akuntabel.evaluation.scale.ScaleValue;
import org.akuntabel.registers.company.CompanyFacts;
import org.akuntabel.registers.cooperative.CooperativeFacts;
import org.akuntabel.registers.microbusiness.MicroBusinessFacts;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of facts rule sets may be written over, by the name their test files use. This list is
 * the fact model: a rule set reads one of these and nothing else.
 */
public enum FactModel {
    /** One cooperative in a reporting year ({@link CooperativeFacts}). */
    KOPERASI("koperasi", CooperativeFacts.class),
    /** One company of the register ({@link CompanyFacts}). */
    PERUSAHAAN("perusahaan", CompanyFacts.class),
    /** One micro-business of the register ({@link MicroBusinessFacts}). */
    USAHA_MIKRO("usaha-mikro", MicroBusinessFacts.class),
    /** A value to band: an achievement percentage or a realisation ({@link ScaleValue}). */
    CAPAIAN("capaian", ScaleValue.class);

    private final String key;
    private final Class<?> factClass;

    FactModel(String key, Class<?> factClass) {
        this.key = key;
        this.factClass = factClass;
    }

    public static Optional<FactModel> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }

    public String getKey() {
        return key;
    }

    public Class<?> getFactClass() {
        return factClass;
    }

    /** True for criteria rule sets (facts are judged subjects); false for scales. */
    public boolean isCriteria() {
        return Subject.class.isAssignableFrom(factClass);
    }
}
