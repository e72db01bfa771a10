package org.akuntabel.evaluation.scale;

import org.akuntabel.evaluation.RuleSetCompiler;
import org.akuntabel.evaluation.RuleSetSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scale table of the report is read from the scale's own rules. */
class ScaleDescriptionTest {

    @Test
    void theAgencyScaleOfTabel31ReadsAsItsRules() {
        ClassLoader loader = getClass().getClassLoader();
        List<ScaleDescription.BandRange> bands = ScaleDescription.describe(new RuleSetCompiler(loader)
                .compile(RuleSetSource.fromClasspath("skala-capaian-beltim", loader).orElseThrow()));
        assertEquals(List.of("D", "C", "CC", "B", "A", "AA"), bands.stream().map(ScaleDescription.BandRange::code).toList());
        assertEquals("≥ 0 s.d. ≤ 30", bands.get(0).range());
        assertEquals("> 65 s.d. ≤ 75", bands.get(3).range());
        assertEquals("> 85", bands.get(5).range());
        assertEquals("Memuaskan", bands.get(5).label());
    }
}
