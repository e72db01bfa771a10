package org.akuntabel.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.akuntabel.planning.Polarity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator's measurement for a year, derived from its inputs:
 * realisation = numerator ÷ denominator × 100 and achievement (capaian) = realisation ÷ target × 100
 * for higher-is-better indicators, each rounded half-up to 2 decimals, the realisation rounded before
 * the achievement is computed. A zero or missing denominator or target gives no value
 * ("tidak dapat dihitung"), never 0 %.
 */
@Embeddable
public class Measurement {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    @Column(precision = 19, scale = 4)
    private BigDecimal numerator;

    @Column(precision = 19, scale = 4)
    private BigDecimal denominator;

    @Column(name = "target_value", precision = 19, scale = 4)
    private BigDecimal target;

    @Column(precision = 19, scale = 4)
    private BigDecimal realisation;

    @Column(precision = 19, scale = 4)
    private BigDecimal achievement;

    protected Measurement() {
    }

    private Measurement(BigDecimal numerator, BigDecimal denominator, BigDecimal target, BigDecimal realisation,
                        BigDecimal achievement) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.target = target;
        this.realisation = realisation;
        this.achievement = achievement;
    }

    /** A percentage indicator: numerator ÷ denominator × 100, then achievement against the target. */
    public static Measurement ofPercentage(BigDecimal numerator, BigDecimal denominator, BigDecimal target, Polarity polarity) {
        return ofRatio(numerator, denominator, HUNDRED, target, polarity);
    }

    /**
     * numerator × multiplier ÷ denominator, rounded half-up to 2 decimals, then the achievement against
     * the target. A zero or missing denominator gives no value.
     */
    public static Measurement ofRatio(BigDecimal numerator, BigDecimal denominator, BigDecimal multiplier, BigDecimal target,
                                      Polarity polarity) {
        BigDecimal realisation = null;
        if (numerator != null && denominator != null && denominator.signum() != 0) {
            realisation = numerator.multiply(multiplier).divide(denominator, SCALE, RoundingMode.HALF_UP);
        }
        return new Measurement(numerator, denominator, target, realisation, achievement(realisation, target, polarity));
    }

    /** A value that is itself the realisation (e.g. a sum of component scores) × multiplier, rounded to 2 decimals. */
    public static Measurement ofValue(BigDecimal value, BigDecimal multiplier, BigDecimal target, Polarity polarity) {
        BigDecimal realisation = value == null ? null : value.multiply(multiplier).setScale(SCALE, RoundingMode.HALF_UP);
        return new Measurement(value, null, target, realisation, achievement(realisation, target, polarity));
    }

    /** A realisation entered as published (no numerator or denominator), with its achievement against the target. */
    public static Measurement ofEntered(BigDecimal realisation, BigDecimal target, Polarity polarity) {
        BigDecimal value = realisation == null ? null : realisation.setScale(SCALE, RoundingMode.HALF_UP);
        return new Measurement(null, null, target, value, achievement(value, target, polarity));
    }

    /**
     * Achievement of a realisation against a target. Higher is better: realisation ÷ target × 100.
     * Lower is better: (2 × target − realisation) ÷ target × 100, floored at 0.
     */
    public static BigDecimal achievement(BigDecimal realisation, BigDecimal target, Polarity polarity) {
        if (realisation == null || target == null || target.signum() == 0) {
            return null;
        }
        BigDecimal rounded = realisation.setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal basis = polarity == Polarity.LOWER_IS_BETTER
                ? target.multiply(BigDecimal.valueOf(2)).subtract(rounded)
                : rounded;
        BigDecimal value = basis.multiply(HUNDRED).divide(target, SCALE, RoundingMode.HALF_UP);
        return value.signum() < 0 ? BigDecimal.ZERO.setScale(SCALE) : value;
    }

    /** False when the measurement cannot be computed (tidak dapat dihitung): no denominator or no target. */
    public boolean isEvaluable() {
        return achievement != null;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public BigDecimal getRealisation() {
        return realisation;
    }

    public BigDecimal getAchievement() {
        return achievement;
    }
}
