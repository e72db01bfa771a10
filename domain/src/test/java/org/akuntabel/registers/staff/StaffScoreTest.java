package org.akuntabel.registers.staff;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StaffScoreTest {

    @Test
    void theTotalIsTheSumOfTheFourDimensions() {
        StaffScore score = new StaffScore(null, 2025, "1", "A", Employment.PNS, new BigDecimal("20.50"), new BigDecimal("32.54"),
                new BigDecimal("25"), new BigDecimal("5"), null);
        assertEquals(new BigDecimal("83.04"), score.getTotal());
    }

    @Test
    void aMissingDimensionLeavesNoTotalRatherThanACountedZero() {
        StaffScore score = new StaffScore(null, 2025, "1", "A", Employment.PPPK, new BigDecimal("20"), null,
                new BigDecimal("25"), new BigDecimal("5"), null);
        assertNull(score.getTotal());
    }
}
