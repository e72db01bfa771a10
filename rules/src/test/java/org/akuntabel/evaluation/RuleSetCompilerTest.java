package org.akuntabel.evaluation;

import org.akuntabel.registers.cooperative.CooperativeFacts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetCompilerTest {

    private final RuleSetCompiler compiler = new RuleSetCompiler(getClass().getClassLoader());

    private static final String HEADER = """
            package org.akuntabel.rulesets.uji;
            import org.akuntabel.evaluation.scale.ScaleValue;
            import org.akuntabel.evaluation.scale.BandAssignment;
            """;

    @Test
    void aSyntaxErrorIsRejectedWithItsLineNumber() {
        String text = HEADER + """
                rule "rusak"
                when
                    ScaleValue( value > )
                then
                    insert(new BandAssignment("X", "X", "#000000"));
                end
                """;
        RuleSetException error = assertThrows(RuleSetException.class, () -> compiler.compile(new RuleSetSource("uji", text, null)));
        assertTrue(error.getMessages().stream().anyMatch(m -> m.line() == 6), error.getMessages().toString());
    }

    @Test
    void aScaleWithAGapFailsInsteadOfLeavingAnAchievementUnbanded() {
        CompiledRuleSet scale = compiler.compile(new RuleSetSource("uji", HEADER + """
                rule "tinggi"
                when ScaleValue( value > 50 )
                then insert(new BandAssignment("A", "Tinggi", "#00AA00"));
                end
                rule "rendah"
                when ScaleValue( value < 40 )
                then insert(new BandAssignment("C", "Rendah", "#AA0000"));
                end
                """, null));
        assertEquals("A", scale.band(new BigDecimal("60")).orElseThrow().getCode());
        RuleSetException gap = assertThrows(RuleSetException.class, () -> scale.band(new BigDecimal("45")));
        assertTrue(gap.getMessage().contains("celah"), gap.getMessage());
    }

    @Test
    void aRuleThatFiresWithoutEndIsStoppedByTheFiringCap() {
        RuleSetSource source = new RuleSetSource("uji", HEADER + """
                rule "berulang"
                when $c : ScaleValue()
                then insert(new BandAssignment("A", "A", "#000000")); update($c);
                end
                """, null);
        // update(...) is not allowed by the validator, so the cap is tested behind it, on a rule base
        // built without validation: the cap stays as a second line of defence.
        assertThrows(RuleSetException.class, () -> compiler.compile(source));
        CompiledRuleSet looping = UnvalidatedRuleBase.compile(source);
        RuleSetException error = assertThrows(RuleSetException.class, () -> looping.band(BigDecimal.ONE));
        assertTrue(error.getMessage().contains("batas"), error.getMessage());
    }

    @Test
    void aFileTheValidatorRejectsIsNeverCompiled() {
        RuleSetException error = assertThrows(RuleSetException.class, () -> compiler.compile(new RuleSetSource("uji", HEADER + """
                rule "bocor"
                when ScaleValue( value > 0 )
                then insert(new BandAssignment("A", "A", "#000000"));
                     System.setProperty("akuntabel.uji", "x");
                end
                """, null)));
        assertEquals(List.of(7), error.getMessages().stream().map(RuleMessage::line).toList(), error.getMessages().toString());
        assertTrue(error.getMessages().get(0).message().contains("System.setProperty"), error.getMessages().toString());
    }

    @Test
    void aCompilationOverTheTimeLimitIsAbandonedWithAMessage() {
        RuleSetSource source = RuleSetSource.fromClasspath("koperasi-berkualitas", getClass().getClassLoader()).orElseThrow();
        RuleSetException error = assertThrows(RuleSetException.class,
                () -> compiler.compileWithTimeLimit(source, Duration.ofMillis(1)));
        assertEquals(1, error.getMessages().size());
        assertTrue(error.getMessages().get(0).message().startsWith("kompilasi melebihi batas waktu"), error.getMessage());
        assertEquals(10, RuleSetCompiler.COMPILE_TIME_LIMIT.toSeconds());
    }

    @Test
    void allowedConstructsBeyondTheShippedFilesCompile() {
        CompiledRuleSet rules = compiler.compile(new RuleSetSource("uji", """
                package org.akuntabel.rulesets.uji;
                import org.akuntabel.registers.cooperative.CooperativeFacts;
                import org.akuntabel.evaluation.CriterionFinding;
                import org.akuntabel.evaluation.Outcome;
                rule "ASET_NAIK terpenuhi"
                    @kriteria("ASET_NAIK")
                    salience 10
                    no-loop
                    lock-on-active true
                when
                    $k : CooperativeFacts( $kini : assets, assets != null && previousAssets != null,
                                           (assets - previousAssets) * 100 / previousAssets >= 5 || assets > 1000000 )
                    not ( CooperativeFacts( reportingYear < 2000 ) )
                    exists ( CooperativeFacts( name != null ) )
                then
                    // catatan: nilai bukti adalah aset tahun ini
                    insert(new CriterionFinding($k, "ASET_NAIK", Outcome.MET, "Aset {0,rupiah}", $kini));
                end
                """, null));
        CooperativeFacts facts = new CooperativeFacts(7, "X", 2025, null, new BigDecimal("10"), new BigDecimal("10"),
                new BigDecimal("100"), new BigDecimal("200"));
        assertEquals(List.of(Outcome.MET), rules.judge(List.of(facts)).get(7L).stream().map(CriterionFinding::getOutcome).toList());
    }

    @Test
    void theVersionIsTheContentHash() {
        RuleSetSource a = new RuleSetSource("uji", HEADER, null);
        assertEquals(64, a.version().length());
        assertEquals(a.version(), new RuleSetSource("uji", HEADER, "{}").version());
        assertNotEquals(a.version(), new RuleSetSource("uji", HEADER + "\n", null).version());
    }

    @Test
    void criteriaAreListedInTheOrderOfTheRuleFile() {
        CompiledRuleSet rules = compiler.compile(RuleSetSource.fromClasspath("koperasi-berkualitas", getClass().getClassLoader()).orElseThrow());
        assertEquals(List.of("RAT_TAHUN_BERJALAN", "VOLUME_USAHA_NAIK", "ASET_NAIK"), rules.getCriteria());
        CooperativeFacts facts = new CooperativeFacts(7, "X", 2025, null, null, null, null, null);
        List<CriterionFinding> findings = rules.judge(List.of(facts)).get(7L);
        assertEquals(rules.getCriteria(), findings.stream().map(CriterionFinding::getCriterion).toList());
        findings.forEach(f -> assertEquals(Outcome.NO_DATA, f.getOutcome()));
    }

    @Test
    void unknownOrInvalidRuleSetNamesAreNotLoaded() {
        assertTrue(RuleSetSource.fromClasspath("tidak-ada", getClass().getClassLoader()).isEmpty());
        assertTrue(RuleSetSource.fromClasspath("../etc", getClass().getClassLoader()).isEmpty());
    }
}
