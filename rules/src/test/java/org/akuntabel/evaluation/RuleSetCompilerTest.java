package org.akuntabel.evaluation;

import org.akuntabel.registers.company.CompanyFacts;
import org.akuntabel.registers.cooperative.CooperativeFacts;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    void aCompilationErrorAfterValidationNamesTheLineOfItsRuleInTheFileAsWritten() {
        RuleSetException error = assertThrows(RuleSetException.class, () -> compiler.compile(new RuleSetSource("uji", HEADER + """
                rule "baik"
                when ScaleValue( value > 0 )
                then insert(new BandAssignment("A", "A", "#000000"));
                end

                rule "argumen kurang"
                when ScaleValue( value <= 0 )
                then
                    insert(new BandAssignment("B", "B"));
                end
                """, null)));
        assertEquals(List.of(9), error.getMessages().stream().map(RuleMessage::line).toList(), error.getMessages().toString());
        assertTrue(error.getMessages().get(0).message().contains("BandAssignment(String, String)"), error.getMessages().toString());
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
                () -> compiler.compileWithTimeLimit(source, null, Duration.ofMillis(1)));
        assertEquals(1, error.getMessages().size());
        assertTrue(error.getMessages().get(0).message().startsWith("kompilasi melebihi batas waktu"), error.getMessage());
        assertEquals(10, RuleSetCompiler.COMPILE_TIME_LIMIT.toSeconds());
    }

    @Test
    void allowedConstructsBeyondTheShippedFilesCompile() {
        CompiledRuleSet rules = compiler.compile(new RuleSetSource("uji", """
                package org.akuntabel.rulesets.uji;
                import org.akuntabel.registers.company.CompanyFacts;
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
    void aRuleThatReadsOtherSubjectsSeesAllTheSubjectsOfTheCallNotOnlyThoseOfOneSession() {
        CompiledRuleSet rules = compiler.compile(new RuleSetSource("uji", """
                package org.akuntabel.rulesets.uji;
                import org.akuntabel.registers.cooperative.CooperativeFacts;
                import org.akuntabel.evaluation.CriterionFinding;
                import org.akuntabel.evaluation.Outcome;
                rule "ada pemicu"
                    @kriteria("PEMICU")
                when
                    $k : CooperativeFacts()
                    exists ( CooperativeFacts( name == "PEMICU" ) )
                then
                    insert(new CriterionFinding($k, "PEMICU", Outcome.MET, "ada"));
                end
                rule "tidak ada pemicu"
                    @kriteria("PEMICU")
                when
                    $k : CooperativeFacts()
                    not ( CooperativeFacts( name == "PEMICU" ) )
                then
                    insert(new CriterionFinding($k, "PEMICU", Outcome.NOT_MET, "tidak ada"));
                end
                """, null));
        int count = CompiledRuleSet.SUBJECTS_PER_SESSION * 2 + 50;
        List<CooperativeFacts> subjects = IntStream.range(0, count)
                .mapToObj(i -> new CooperativeFacts(i + 1, i == count - 1 ? "PEMICU" : "K" + i, 2025, null, null, null, null, null))
                .toList();
        assertEquals(Integer.MAX_VALUE, rules.subjectsPerSession());
        List<List<CriterionFinding>> judged = rules.judgeEach(subjects, 2025);
        assertEquals(count, judged.stream().filter(f -> f.size() == 1 && f.get(0).getOutcome() == Outcome.MET).count());
        assertEquals(count, rules.judge(subjects).values().stream()
                .filter(f -> f.size() == 1 && f.get(0).getOutcome() == Outcome.MET).count());
    }

    @Test
    void theSameSubjectGivenTwiceCountsOnceWhereverTheSessionsSplit() {
        CompiledRuleSet rules = compiler.compile(RuleSetSource.fromClasspath("koperasi-berkualitas", getClass().getClassLoader())
                .orElseThrow());
        assertEquals(CompiledRuleSet.SUBJECTS_PER_SESSION, rules.subjectsPerSession());
        List<CooperativeFacts> subjects = new ArrayList<>(IntStream.range(0, CompiledRuleSet.SUBJECTS_PER_SESSION + 10)
                .mapToObj(i -> new CooperativeFacts(i + 1, "K" + i, 2025, null, null, null, null, null)).toList());
        subjects.add(subjects.get(0));
        Map<Long, List<CriterionFinding>> judged = rules.judge(subjects);
        assertEquals(CompiledRuleSet.SUBJECTS_PER_SESSION + 10, judged.size());
        assertEquals(rules.getCriteria(), judged.get(1L).stream().map(CriterionFinding::getCriterion).toList());
        List<List<CriterionFinding>> each = rules.judgeEach(subjects, 2025);
        assertEquals(rules.getCriteria(), each.get(subjects.size() - 1).stream().map(CriterionFinding::getCriterion).toList());
    }

    @Test
    void anEntitysFindingsComeInTheOrderOfTheDeclaredCriteriaWhateverOrderTheRulesFireIn() {
        // Salience makes the rules fire x, b, a; rule "x" declares A but records an undeclared criterion, which goes last.
        CompiledRuleSet rules = compiler.compile(new RuleSetSource("uji", """
                package org.akuntabel.rulesets.uji;
                import org.akuntabel.registers.cooperative.CooperativeFacts;
                import org.akuntabel.evaluation.CriterionFinding;
                import org.akuntabel.evaluation.Outcome;
                rule "a"
                    @kriteria("A")
                when
                    $k : CooperativeFacts()
                then
                    insert(new CriterionFinding($k, "A", Outcome.MET, "a"));
                end
                rule "b"
                    @kriteria("B")
                    salience 10
                when
                    $k : CooperativeFacts()
                then
                    insert(new CriterionFinding($k, "B", Outcome.NOT_MET, "b"));
                end
                rule "x"
                    @kriteria("A")
                    salience 20
                when
                    $k : CooperativeFacts()
                then
                    insert(new CriterionFinding($k, "LAIN", Outcome.NO_DATA, "x"));
                end
                """, null));
        assertEquals(List.of("A", "B"), rules.getCriteria());
        CooperativeFacts first = new CooperativeFacts(7, "X", 2025, null, null, null, null, null);
        CooperativeFacts second = new CooperativeFacts(8, "Y", 2025, null, null, null, null, null);
        Map<Long, List<CriterionFinding>> judged = rules.judge(List.of(first, second));
        assertEquals(List.of(7L, 8L), List.copyOf(judged.keySet()));
        for (List<CriterionFinding> findings : judged.values()) {
            assertEquals(List.of("A", "B", "LAIN"), findings.stream().map(CriterionFinding::getCriterion).toList());
            assertEquals(List.of("a", "b", "x"), findings.stream().map(f -> f.getRule().substring(f.getRule().lastIndexOf(' ') + 1)).toList());
        }
        assertEquals(first, judged.get(7L).get(0).getSubject());
    }

    @Test
    void theVersionIsTheContentHash() {
        RuleSetSource a = new RuleSetSource("uji", HEADER, null);
        assertEquals(64, a.version().length());
        assertEquals(a.version(), new RuleSetSource("uji", HEADER, "{}").version());
        assertNotEquals(a.version(), new RuleSetSource("uji", HEADER + "\n", null).version());
    }

    private static final String AMBANG = """
            package org.akuntabel.rulesets.uji;
            import org.akuntabel.registers.company.CompanyFacts;
            import org.akuntabel.evaluation.Parameter;
            import org.akuntabel.evaluation.CriterionFinding;
            import org.akuntabel.evaluation.Outcome;
            rule "besar"
                @kriteria("BESAR")
            when
                Parameter( code == "AMBANG", $ambang : value, $sejak : effectiveFrom )
                $p : CompanyFacts( workers >= $ambang, $pekerja : workers )
            then
                insert(new CriterionFinding($p, "BESAR", Outcome.MET, "{0} ≥ {1} (sejak {2})", $pekerja, $ambang, $sejak));
            end
            rule "kecil"
                @kriteria("BESAR")
            when
                Parameter( code == "AMBANG", $ambang : value, $sejak : effectiveFrom )
                $p : CompanyFacts( workers < $ambang, $pekerja : workers )
            then
                insert(new CriterionFinding($p, "BESAR", Outcome.NOT_MET, "{0} < {1} (sejak {2})", $pekerja, $ambang, $sejak));
            end
            """;

    private static final String AMBANG_PARAMETERS = """
            {"parameters": [{"code": "AMBANG", "description": "Ambang uji", "unit": "orang",
              "values": [{"from": 2003, "value": 10, "source": "uji 2003"}, {"from": 2021, "value": 20, "source": "uji 2021"}]}]}
            """;

    @Test
    void theParametersInForceForEachSubjectsYearAreInsertedNextToIt() {
        CompiledRuleSet rules = compiler.compile(new RuleSetSource("uji", AMBANG, null, AMBANG_PARAMETERS));
        CompanyFacts in2020 = company(1, 15, 2020);
        CompanyFacts in2025 = company(2, 15, 2025);
        Map<Long, List<CriterionFinding>> judged = rules.judge(List.of(in2020, in2025));
        assertEquals("BESAR=MET (15 ≥ 10 (sejak 2003))", judged.get(1L).get(0).toString());
        assertEquals("BESAR=NOT_MET (15 < 20 (sejak 2021))", judged.get(2L).get(0).toString());
        assertEquals(List.of("AMBANG=20 (sejak 2021, uji 2021)"), rules.parametersFor(2025).stream().map(Parameter::toString).toList());
    }

    @Test
    void anExplicitYearOverridesTheSubjectsYear() {
        CompiledRuleSet rules = compiler.compile(new RuleSetSource("uji", AMBANG, null, AMBANG_PARAMETERS));
        assertEquals(Outcome.MET, rules.judge(List.of(company(1, 15, 2025)), 2010).get(1L).get(0).getOutcome());
        assertEquals(Outcome.NOT_MET, rules.judge(List.of(company(1, 15, null)), 2021).get(1L).get(0).getOutcome());
    }

    @Test
    void withoutAYearOrBeforeTheFirstValueTheParametersCannotBeChosenAndJudgingFails() {
        CompiledRuleSet rules = compiler.compile(new RuleSetSource("uji", AMBANG, null, AMBANG_PARAMETERS));
        RuleSetException noYear = assertThrows(RuleSetException.class, () -> rules.judge(List.of(company(1, 15, null))));
        assertTrue(noYear.getMessage().contains("tahun pelaporan fakta PT 1 tidak diketahui"), noYear.getMessage());
        RuleSetException tooEarly = assertThrows(RuleSetException.class, () -> rules.judge(List.of(company(1, 15, 2002))));
        assertTrue(tooEarly.getMessage().contains("parameter AMBANG tidak punya nilai untuk tahun 2002"), tooEarly.getMessage());
    }

    @Test
    void parametersAreCheckedBeforeDroolsSeesTheFile() {
        RuleSetException broken = assertThrows(RuleSetException.class,
                () -> compiler.compile(new RuleSetSource("uji", AMBANG, null, "{\"parameters\": [{\"code\": \"AMBANG\"}]}")));
        assertEquals(List.of("parameters.json, parameters[0].description: wajib diisi: jelaskan arti parameter ini",
                        "parameters.json, parameters[0].values: wajib berisi sedikitnya satu nilai {\"from\": tahun, \"value\": angka,"
                                + " \"source\": dasar hukum}"),
                broken.getMessages().stream().map(RuleMessage::message).toList());
        RuleSetException undefined = assertThrows(RuleSetException.class,
                () -> compiler.compile(new RuleSetSource("uji", AMBANG.replace("code == \"AMBANG\", $ambang : value, $sejak : effectiveFrom )\n"
                        + "    $p : CompanyFacts( workers < $ambang", "code == \"AMBNG\", $ambang : value, $sejak : effectiveFrom )\n"
                        + "    $p : CompanyFacts( workers < $ambang"), null, AMBANG_PARAMETERS)));
        assertEquals(List.of(new RuleMessage(17, 0, "parameter \"AMBNG\" yang dibaca aturan \"kecil\" tidak ada di parameters.json"
                + " (yang ada: AMBANG)")), undefined.getMessages());
        RuleSetException withoutFile = assertThrows(RuleSetException.class,
                () -> compiler.compile(new RuleSetSource("uji", AMBANG, null)));
        assertEquals(2, withoutFile.getMessages().size(), withoutFile.getMessages().toString());
        assertTrue(withoutFile.getMessages().get(0).message().endsWith("(aturan ini tidak punya parameters.json)"));
        RuleSetException unnamed = assertThrows(RuleSetException.class, () -> compiler.compile(new RuleSetSource("uji",
                AMBANG.replace("Parameter( code == \"AMBANG\", $ambang", "Parameter( $ambang"), null, AMBANG_PARAMETERS)));
        assertTrue(unnamed.getMessages().get(0).message().startsWith("pola Parameter pada aturan \"besar\" harus menyebut kodenya"),
                unnamed.getMessages().toString());
    }

    @Test
    void aScaleReadsNoParameters() {
        RuleSetException error = assertThrows(RuleSetException.class, () -> compiler.compile(new RuleSetSource("uji", """
                package org.akuntabel.rulesets.uji;
                import org.akuntabel.evaluation.scale.ScaleValue;
                import org.akuntabel.evaluation.scale.BandAssignment;
                import org.akuntabel.evaluation.Parameter;
                rule "tinggi"
                when
                    Parameter( code == "AMBANG", $batas : value )
                    ScaleValue( value > $batas )
                then insert(new BandAssignment("A", "Tinggi", "#00AA00"));
                end
                """, null, AMBANG_PARAMETERS)));
        assertEquals(7, error.getMessages().get(0).line(), error.getMessages().toString());
        assertTrue(error.getMessages().get(0).message().startsWith("aturan skala \"tinggi\" tidak boleh membaca Parameter"));
    }

    @Test
    void parametersArePartOfTheVersionButARuleSetWithoutThemKeepsItsVersion() throws Exception {
        RuleSetSource plain = new RuleSetSource("uji", HEADER, null);
        assertEquals(RuleSetSource.sha256(HEADER), plain.version());
        assertEquals(plain.version(), new RuleSetSource("uji", HEADER, null, null).version());
        RuleSetSource withParameters = new RuleSetSource("uji", HEADER, null, AMBANG_PARAMETERS);
        assertNotEquals(plain.version(), withParameters.version());
        assertNotEquals(withParameters.version(),
                new RuleSetSource("uji", HEADER, null, AMBANG_PARAMETERS.replace("\"value\": 20", "\"value\": 25")).version());

        ClassLoader loader = getClass().getClassLoader();
        RuleSetSource koperasi = RuleSetSource.fromClasspath("koperasi-berkualitas", loader).orElseThrow();
        assertNull(koperasi.parameters());
        assertEquals(RuleSetSource.sha256(Files.readString(Path.of("src/main/resources/rulesets/koperasi-berkualitas/koperasi-berkualitas.drl"))),
                koperasi.version(), "the version published for a rule set without parameters stays the hash of its rule file");
        RuleSetSource perusahaan = RuleSetSource.fromClasspath("perusahaan-layak", loader).orElseThrow();
        assertNotNull(perusahaan.parameters());
        assertEquals(List.of("AMBANG_PP_PEKERJA", "AMBANG_LKS_BIPARTIT_PEKERJA"),
                List.copyOf(compiler.compile(perusahaan).getParameters().codes()));
    }

    private static CompanyFacts company(long id, Integer workers, Integer year) {
        return new CompanyFacts(id, "PT " + id, workers, null, null, null, null, null, null, year);
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
