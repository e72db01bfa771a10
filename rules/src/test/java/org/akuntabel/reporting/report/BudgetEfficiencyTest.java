package org.akuntabel.reporting.report;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.akuntabel.reporting.report.ReportFixture.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BudgetEfficiencyTest {

    @Test
    void performanceIsTheMeanAchievementOfTheSasaransIndicatorsRoundedHalfUp() {
        // Sasaran 1 of beltim 2025: SAKIP 89,38 and IP ASN 115,33 → 204,71 ÷ 2 = 102,355 → 102,36
        assertEquals(d("102.36"), BudgetEfficiency.performance(List.of(d("89.38"), d("115.33"))));
        assertEquals(d("4.85"), BudgetEfficiency.performance(List.of(d("4.8502"))));
        assertEquals(d("0.00"), BudgetEfficiency.performance(List.of(d("0"))), "a computed 0 is a capaian of 0");
    }

    @Test
    void anAchievementThatCannotBeComputedIsLeftOutAndNoneGivesNoPerformance() {
        assertEquals(d("58.57"), BudgetEfficiency.performance(Arrays.asList(null, d("58.57"))));
        assertNull(BudgetEfficiency.performance(Arrays.asList(null, null)));
        assertNull(BudgetEfficiency.performance(List.of()));
        assertNull(BudgetEfficiency.performance(null));
    }

    @Test
    void efficiencyIsPerformanceMinusAbsorptionInPercentagePoints() {
        assertEquals(d("10.05"), BudgetEfficiency.efficiency(d("102.36"), d("92.31")));
        assertEquals(d("-84.23"), BudgetEfficiency.efficiency(d("4.85"), d("89.08")), "less performance than budget used");
        assertEquals(d("0.00"), BudgetEfficiency.efficiency(d("90"), d("90")));
        assertNull(BudgetEfficiency.efficiency(null, d("92.31")));
        assertNull(BudgetEfficiency.efficiency(d("102.36"), null), "no absorption without a pagu");
    }
}
