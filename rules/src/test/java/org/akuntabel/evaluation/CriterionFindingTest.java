package org.akuntabel.evaluation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CriterionFindingTest {

    @Test
    void evidenceIsFilledWithIndonesianFormattedValues() {
        assertEquals("Volume usaha 2024 → 2025: Rp 31.781.794.203 → Rp 100.591.430.108 (naik)",
                CriterionFinding.fill("Volume usaha {0} → {1}: {2,rupiah} → {3,rupiah} (naik)",
                        Arrays.asList(2024, 2025, new BigDecimal("31781794203"), new BigDecimal("100591430108"))));
        assertEquals("RAT tahun 2025 diselenggarakan 12 Februari 2025",
                CriterionFinding.fill("RAT tahun {0} diselenggarakan {1}", Arrays.asList(2025, LocalDate.of(2025, 2, 12))));
    }

    @Test
    void aMissingValueReadsTidakAdaData() {
        assertEquals("Rp 8.398.754.220 → tidak ada data",
                CriterionFinding.fill("{0,rupiah} → {1,rupiah}", Arrays.asList(new BigDecimal("8398754220"), null)));
    }

    @Test
    void aPlaceholderWithoutAValueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> CriterionFinding.fill("{0} dan {1}", Arrays.asList(1)));
    }
}
