package org.akuntabel.evaluation;

import org.akuntabel.planning.Polarity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasurementTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void fourOf115ActiveCooperativesAgainstTarget7179() {
        Measurement m = Measurement.ofPercentage(d("4"), d("115"), d("71.79"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("3.48"), m.getRealisation());
        assertEquals(d("4.85"), m.getAchievement());
        assertTrue(m.isEvaluable());
    }

    @Test
    void thePublishedArithmeticOf54Over115IsReproduced() {
        Measurement m = Measurement.ofPercentage(d("54"), d("115"), d("71.79"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("46.96"), m.getRealisation());
        assertEquals(d("65.41"), m.getAchievement());
    }

    @Test
    void theRealisationIsRoundedBeforeTheAchievementIsComputed() {
        // 1 ÷ 3 × 100 = 33,333… → 33,33; 33,33 ÷ 33,335 × 100 = 99,985 → 99,99 (unrounded it would be 100,00)
        Measurement m = Measurement.ofPercentage(d("1"), d("3"), d("33.335"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("33.33"), m.getRealisation());
        assertEquals(d("99.99"), m.getAchievement());
    }

    @Test
    void roundingIsHalfUp() {
        assertEquals(d("0.01"), Measurement.ofPercentage(d("1"), d("20000"), d("1"), Polarity.HIGHER_IS_BETTER).getRealisation());
    }

    @Test
    void aZeroOrMissingDenominatorIsNotEvaluableNeverZeroPercent() {
        Measurement zero = Measurement.ofPercentage(d("4"), BigDecimal.ZERO, d("71.79"), Polarity.HIGHER_IS_BETTER);
        assertNull(zero.getRealisation());
        assertNull(zero.getAchievement());
        assertFalse(zero.isEvaluable());
        assertFalse(Measurement.ofPercentage(d("4"), null, d("71.79"), Polarity.HIGHER_IS_BETTER).isEvaluable());
    }

    @Test
    void aMissingOrZeroTargetGivesARealisationButNoAchievement() {
        Measurement m = Measurement.ofPercentage(d("4"), d("115"), null, Polarity.HIGHER_IS_BETTER);
        assertEquals(d("3.48"), m.getRealisation());
        assertNull(m.getAchievement());
        assertNull(Measurement.achievement(d("3.48"), BigDecimal.ZERO, Polarity.HIGHER_IS_BETTER));
    }

    @Test
    void lowerIsBetterUsesTwiceTheTargetMinusTheRealisationFlooredAtZero() {
        assertEquals(d("120.00"), Measurement.achievement(d("4"), d("5"), Polarity.LOWER_IS_BETTER));
        assertEquals(d("100.00"), Measurement.achievement(d("5"), d("5"), Polarity.LOWER_IS_BETTER));
        assertEquals(d("0.00"), Measurement.achievement(d("11"), d("5"), Polarity.LOWER_IS_BETTER));
    }

    @Test
    void productivityIsPdrbInBillionsTimesThousandPerEmployedPersonInMillions() {
        // Tabel 3.7 Q1-Q3 4.783,01 miliar ÷ 70.363 employed (Tabel 3.8) = 67,976… juta → 67,98 (the seed truncates to 67,97)
        Measurement m = Measurement.ofRatio(d("4783.01"), d("70363"), d("1000"), d("57.20"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("67.98"), m.getRealisation());
        assertEquals(d("118.85"), m.getAchievement());
    }

    @Test
    void aSumOfComponentScoresIsItsOwnRealisation() {
        Measurement m = Measurement.ofValue(d("71.50"), BigDecimal.ONE, d("80"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("71.50"), m.getRealisation());
        assertEquals(d("89.38"), m.getAchievement());
        assertNull(m.getDenominator());
    }

    @Test
    void anEnteredRealisationIsKeptAndMeasuredAgainstTheTarget() {
        Measurement m = Measurement.ofEntered(d("87.12"), d("57.87"), Polarity.HIGHER_IS_BETTER);
        assertEquals(d("87.12"), m.getRealisation());
        assertEquals(d("150.54"), m.getAchievement());
        assertNull(Measurement.ofEntered(d("71.05"), null, Polarity.HIGHER_IS_BETTER).getAchievement());
    }

    @Test
    void aboveTargetGivesMoreThanHundredPercent() {
        assertEquals(d("115.33"), Measurement.achievement(d("83.04"), d("72"), Polarity.HIGHER_IS_BETTER));
    }
}
