package org.akuntabel.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A threshold or amount of a rule set as it is in force for the reporting year being judged, e.g.
 * {@code AMBANG_PP_PEKERJA = 10} (UU 13/2003 Pasal 108 ayat (1)). The engine inserts one per
 * parameter of the rule set's {@code parameters.json}, next to the subjects, with the value whose
 * {@code from} year is the latest not after the reporting year ({@link RuleSetParameters}). Rules read it
 * as a pattern and never create one:
 *
 * <pre>
 * Parameter( code == "AMBANG_PP_PEKERJA", $ambang : value, $dasar : source )
 * </pre>
 *
 * It is a context fact, not a subject: nothing is judged about it and it is not a {@link FactModel}
 * kind. Immutable.
 */
public final class Parameter {

    private final String code;
    private final BigDecimal value;
    private final int effectiveFrom;
    private final String source;

    public Parameter(String code, BigDecimal value, int effectiveFrom, String source) {
        this.code = Objects.requireNonNull(code, "code");
        this.value = Objects.requireNonNull(value, "value");
        this.effectiveFrom = effectiveFrom;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The parameter's code, e.g. {@code AMBANG_PP_PEKERJA}. */
    public String getCode() {
        return code;
    }

    /** The value in force for the reporting year. */
    public BigDecimal getValue() {
        return value;
    }

    /** The first reporting year this value applies to. */
    public int getEffectiveFrom() {
        return effectiveFrom;
    }

    /** Where the value comes from, e.g. {@code UU 13/2003 Pasal 108 ayat (1)}: shown in evidence. */
    public String getSource() {
        return source;
    }

    @Override
    public String toString() {
        return code + "=" + value.toPlainString() + " (sejak " + effectiveFrom + ", " + source + ")";
    }
}
