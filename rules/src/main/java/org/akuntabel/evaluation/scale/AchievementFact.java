package org.akuntabel.evaluation.scale;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An achievement (capaian, %) to be banded by a scale rule set, rounded half-up to 2 decimals first. */
public final class AchievementFact {

    private final BigDecimal value;

    @JsonbCreator
    public AchievementFact(@JsonbProperty("value") BigDecimal value) {
        this.value = value.setScale(2, RoundingMode.HALF_UP);
    }

    public BigDecimal getValue() {
        return value;
    }
}
