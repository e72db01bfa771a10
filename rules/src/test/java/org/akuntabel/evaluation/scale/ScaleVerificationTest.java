package org.akuntabel.evaluation.scale;

import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.FactModel;
import org.akuntabel.evaluation.RuleSetCompiler;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.evaluation.RuleSetTestSuite;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

class ScaleVerificationTest {

    private static final Path RULESETS = Path.of("src/main/resources/rulesets");
    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final RuleSetCompiler compiler = new RuleSetCompiler(getClass().getClassLoader());

    private static final String HEADER = """
            package org.akuntabel.rulesets.uji;
            import org.akuntabel.evaluation.scale.ScaleValue;
            import org.akuntabel.evaluation.scale.BandAssignment;
            """;

    @TestFactory
    Stream<DynamicTest> everyShippedScaleGivesExactlyOneBandFrom0To150() throws IOException {
        List<String> scales;
        try (Stream<Path> folders = Files.list(RULESETS)) {
            scales = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().filter(name -> {
                RuleSetSource source = RuleSetSource.fromClasspath(name, getClass().getClassLoader()).orElseThrow();
                return RuleSetTestSuite.parse(name, source.testCases()).getModel() == FactModel.CAPAIAN;
            }).toList();
        }
        assertEquals(List.of("kategori-ip-asn", "skala-capaian-beltim", "skala-capaian-permendagri-86", "skala-predikat-sakip"), scales);
        return scales.stream().map(name -> dynamicTest(name, () -> {
            CompiledRuleSet scale = compiler.compile(RuleSetSource.fromClasspath(name, getClass().getClassLoader()).orElseThrow());
            assertEquals(List.of(), ScaleVerification.check(scale, BigDecimal.ZERO, new BigDecimal("150"), CENT));
        }));
    }

    @Test
    void aGapIsReportedAsOneRangeOfTheValuesWithoutABand() {
        CompiledRuleSet scale = compile("""
                rule "tinggi" when ScaleValue( value > 50 ) then insert(new BandAssignment("A", "Tinggi", "#00AA00")); end
                rule "rendah" when ScaleValue( value < 40 ) then insert(new BandAssignment("C", "Rendah", "#AA0000")); end
                """);
        assertEquals(List.of("Celah: 1.001 nilai yang diperiksa dari 40,00 s.d. 50,00 tidak masuk pita mana pun"),
                ScaleVerification.check(scale, BigDecimal.ZERO, new BigDecimal("100"), CENT));
    }

    @Test
    void anOverlapBetweenStepsIsFoundByProbingTheBoundaries() {
        CompiledRuleSet scale = compile("""
                rule "tinggi" when ScaleValue( value >= 50.5 ) then insert(new BandAssignment("A", "Tinggi", "#00AA00")); end
                rule "rendah" when ScaleValue( value <= 50.5 ) then insert(new BandAssignment("C", "Rendah", "#AA0000")); end
                """);
        assertEquals(List.of("Tumpang tindih: nilai 50,50 masuk 2 pita (A, C)"),
                ScaleVerification.check(scale, BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.ONE));
    }

    @Test
    void boundariesAreProbedOnBothSidesOfTheRounding() {
        CompiledRuleSet scale = compile("""
                rule "tinggi" when ScaleValue( value > 65 ) then insert(new BandAssignment("B", "Baik", "#00AA00")); end
                rule "rendah" when ScaleValue( value < 65 ) then insert(new BandAssignment("CC", "Cukup", "#AA0000")); end
                """);
        assertEquals(List.of("Celah: nilai 65,00 tidak masuk pita mana pun"),
                ScaleVerification.check(scale, BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.TEN));
        assertEquals(List.of(new BigDecimal("65")), List.copyOf(ScaleVerification.boundaries(scale.getSource().text())));
    }

    @Test
    void theBeltimScaleHasNoBandBelowZeroAsItsHeaderSaysAndOnlyTheCheckedRangeIsReported() {
        CompiledRuleSet beltim = compiler.compile(RuleSetSource.fromClasspath("skala-capaian-beltim", getClass().getClassLoader()).orElseThrow());
        List<String> withNegatives = ScaleVerification.check(beltim, new BigDecimal("-1"), BigDecimal.TEN, CENT);
        assertEquals(List.of("Celah: 100 nilai yang diperiksa dari -1,00 s.d. -0,01 tidak masuk pita mana pun"), withNegatives);
        assertEquals(List.of(), ScaleVerification.check(beltim, BigDecimal.ZERO, BigDecimal.TEN, CENT));
    }

    @Test
    void anEmptyRangeOrANonPositiveStepIsRefused() {
        CompiledRuleSet scale = compile("""
                rule "semua" when ScaleValue( ) then insert(new BandAssignment("A", "Semua", "#00AA00")); end
                """);
        assertThrows(IllegalArgumentException.class, () -> ScaleVerification.check(scale, BigDecimal.TEN, BigDecimal.ONE, CENT));
        assertThrows(IllegalArgumentException.class, () -> ScaleVerification.check(scale, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ZERO));
    }

    private CompiledRuleSet compile(String rules) {
        return compiler.compile(new RuleSetSource("uji", HEADER + rules, null));
    }
}
