package org.akuntabel.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Normalises stored decimals for display and JSON: {@code 115.0000} → {@code 115}, {@code 3.4800} → {@code 3.48}. */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    /** A percentage with exactly two decimals, as the product computes and prints them. */
    public static BigDecimal twoDecimals(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
