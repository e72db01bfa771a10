package org.akuntabel.evaluation.scale;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A value a scale rule set bands, rounded half-up to 2 decimals first: an achievement (capaian, %) on the
 * agency scale, or a realisation on a value scale (SAKIP predicate, IP ASN category).
 */
public final class ScaleValue {

    private final BigDecimal value;

    @JsonbCreator
    public ScaleValue(@JsonbProperty("value") BigDecimal value) {
        this.value = value.setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal getValue() {
        return value;
    }
}
