package org.akuntabel.evaluation.validation;

import org.akuntabel.evaluation.RuleMessage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

class RuleFileValidatorTest {

    private static final Path RULESETS = Path.of("src/main/resources/rulesets");

    private final RuleFileValidator validator = new RuleFileValidator();

    /** Lines 1-5: package and the imports of a cooperative criteria file. */
    private static final String KOPERASI = """
            package org.akuntabel.rulesets.uji;
            import org.akuntabel.registers.cooperative.CooperativeFacts;
            import org.akuntabel.evaluation.CriterionFinding;
            import org.akuntabel.evaluation.Outcome;

            """;

    /** Lines 1-4: package and the imports of a scale file. */
    private static final String SKALA = """
            package org.akuntabel.rulesets.uji;
            import org.akuntabel.evaluation.scale.ScaleValue;
            import org.akuntabel.evaluation.scale.BandAssignment;

            """;

    @TestFactory
    Stream<DynamicTest> everyShippedRuleSetIsAccepted() throws IOException {
        List<Path> files = shippedRuleFiles();
        assertEquals(9, files.size(), "shipped rule sets: " + files);
        return files.stream().map(file -> dynamicTest(file.getFileName().toString(),
                () -> assertEquals(List.of(), validator.validate(Files.readString(file, StandardCharsets.UTF_8)))));
    }

    @Test
    void aSyntaxErrorIsReportedOnItsLine() {
        List<RuleMessage> messages = validator.validate(SKALA + """
                rule "rusak"
                when
                    ScaleValue( value > )
                then
                    insert(new BandAssignment("X", "X", "#000000"));
                end
                """);
        assertLines(List.of(7), messages);
        assertTrue(messages.get(0).message().startsWith("kesalahan sintaks DRL"), messages.toString());
    }

    @Test
    void aForbiddenCallInAConsequenceIsReportedOnItsLine() {
        List<RuleMessage> messages = validator.validate(KOPERASI + """
                rule "RAT ada"
                    @kriteria("RAT")
                when
                    $k : CooperativeFacts( ratDate != null, $tahun : reportingYear )
                then

                    insert(new CriterionFinding($k, "RAT", Outcome.MET,
                        "RAT tahun {0}", $tahun));
                    Runtime.getRuntime().exec("id");
                end
                """);
        assertLines(List.of(14), messages);
        assertEquals(5, messages.get(0).column());
        assertTrue(messages.get(0).message().contains("Runtime.getRuntime().exec"), messages.toString());
    }

    @Test
    void aConsequenceOnTheThenLineIsPlacedExactly() {
        List<RuleMessage> messages = validator.validate(SKALA + """
                rule "A"
                when ScaleValue( value > 1 )
                then insert(new BandAssignment("A", "A", "#000000")); System.exit(0);
                end
                """);
        assertLines(List.of(7), messages);
        assertEquals(55, messages.get(0).column());
    }

    @Test
    void onlyFactModelClassesMayBeImported() {
        List<RuleMessage> messages = validator.validate("""
                package org.akuntabel.rulesets.uji;
                import java.io.File;
                import org.akuntabel.evaluation.scale.ScaleValue;
                import function java.lang.System.exit;
                import org.akuntabel.evaluation.*;
                import org.akuntabel.evaluation.RuleSetCompiler;
                """);
        assertLines(List.of(2, 4, 5, 6), messages);
        assertTrue(messages.get(0).message().startsWith("impor \"java.io.File\" tidak diizinkan: hanya kelas model fakta ("),
                messages.get(0).message());
    }

    @Test
    void declarationsOtherThanRulesAreRejected() {
        List<RuleMessage> messages = validator.validate(SKALA + """
                global java.util.List hasil;
                declare Catatan
                    isi : String
                end
                function int dua() { return 2; }
                query "semua" ScaleValue() end
                """);
        assertLines(List.of(5, 6, 9, 10), messages);
    }

    @Test
    void attributesAreLimitedToLiteralSalienceNoLoopAndLockOnActive() {
        String rules = SKALA + """
                rule "boleh"
                    salience -5
                    no-loop
                    lock-on-active false
                when ScaleValue( value > 1 )
                then insert(new BandAssignment("A", "A", "#000000"));
                end
                rule "tidak boleh"
                    salience ( 1 + 1 )
                    enabled true
                    dialect "mvel"
                    agenda-group "x"
                    date-effective "1-Jan-2025"
                    timer ( int: 1s )
                    duration 100
                when ScaleValue( value > 1 )
                then insert(new BandAssignment("A", "A", "#000000"));
                end
                """;
        assertLines(List.of(13, 14, 15, 16, 17, 18, 19), validator.validate(rules));
    }

    @Test
    void onlyKriteriaWithAPlainCodeIsAnAllowedAnnotation() {
        List<RuleMessage> messages = validator.validate(SKALA + """
                rule "A"
                    @kriteria("KODE_1")
                when ScaleValue( value > 1 )
                then insert(new BandAssignment("A", "A", "#000000"));
                end
                rule "B"
                    @kriteria(System.getenv("HOME"))
                when ScaleValue( value > 1 )
                then insert(new BandAssignment("A", "A", "#000000"));
                end
                rule "C"
                    @lain("x")
                when ScaleValue( value > 1 )
                then insert(new BandAssignment("A", "A", "#000000"));
                end
                """);
        assertLines(List.of(10, 15), messages);
    }

    @Test
    void constraintsMayCompareButNotCall() {
        List<RuleMessage> messages = validator.validate(KOPERASI + """
                rule "A"
                when
                    $k : CooperativeFacts( ratDate != null, (assets - previousAssets) * 2 > 10 || !(reportingYear == 2025),
                                           $tahun : reportingYear, name != "x" + "y" )
                    CooperativeFacts( this != $k, name.length() > 3 )
                    CooperativeFacts( nama == "x" )
                    CooperativeFacts( assets > java.math.BigDecimal.TEN )
                    CooperativeFacts( $s : name.toUpperCase() )
                    CooperativeFacts( ratDate == (java.time.LocalDate) null )
                then
                    insert(new CriterionFinding($k, "A", Outcome.MET, "x {0}", $tahun));
                end
                """);
        assertLines(List.of(10, 10, 11, 12, 13, 14), messages);
        assertTrue(messages.get(0).message().startsWith("this tidak diizinkan"), messages.get(0).message());
        assertEquals(23, messages.get(0).column());
        assertTrue(messages.get(1).message().startsWith("pemanggilan metode \"name.length(…)\""), messages.get(1).message());
        assertEquals(35, messages.get(1).column());
        assertTrue(messages.get(2).message().contains("bukan properti CooperativeFacts"), messages.get(2).message());
    }

    @Test
    void drlOperatorsAreRejectedByName() {
        List<RuleMessage> messages = validator.validate(KOPERASI + """
                rule "A"
                when
                    $k : CooperativeFacts( name matches ".*x" )
                    CooperativeFacts( reportingYear in (2024, 2025) )
                    CooperativeFacts( name memberOf $daftar )
                    CooperativeFacts( name not matches "y" )
                then
                    insert(new CriterionFinding($k, "A", Outcome.MET, "x"));
                end
                """);
        assertLines(List.of(8, 9, 10, 11), messages);
        assertTrue(messages.get(0).message().startsWith("operator DRL \"matches\""), messages.get(0).message());
        assertTrue(messages.get(1).message().contains("in, not in"), messages.get(1).message());
        assertTrue(messages.get(2).message().startsWith("operator DRL \"memberOf\""), messages.get(2).message());
    }

    @Test
    void whenElementsBeyondPatternsAndNotExistsAreRejected() {
        List<RuleMessage> messages = validator.validate(KOPERASI + """
                rule "A"
                when
                    $k : CooperativeFacts( )
                    not ( CooperativeFacts( reportingYear < 2000 ) )
                    exists ( CooperativeFacts( name != null ) or CooperativeFacts( assets != null ) )
                    eval( true )
                    forall ( CooperativeFacts( assets != null ) )
                    CooperativeFacts( ) from entry-point "masuk"
                    $daftar : java.util.List( ) from collect ( CooperativeFacts( ) )
                    String( ) from "x"
                then
                    insert(new CriterionFinding($k, "A", Outcome.MET, "x"));
                end
                """);
        assertLines(List.of(11, 12, 13, 14, 14, 15, 15), messages);
    }

    @Test
    void consequenceArgumentsAreBoundVariablesLiteralsOrOutcomes() {
        List<RuleMessage> messages = validator.validate(KOPERASI + """
                rule "A"
                when
                    $k : CooperativeFacts( $tahun : reportingYear )
                    not ( CooperativeFacts( $lain : name, name == null ) )
                then
                    insert(new CriterionFinding($k, "A", Outcome.MET, "{0} {1} {2}", $tahun, -1, 2.5, 'c', true, null));
                    insert(new CriterionFinding($k, "A", Outcome.valueOf("MET"), "x"));
                    insert(new CriterionFinding($k, "A", Outcome.MET, "x", $lain));
                    insert(new CriterionFinding($k, "A", Outcome.MET, "x", $tidakAda));
                    insert(new CriterionFinding(drools, "A", Outcome.MET, "x"));
                    insert(new CriterionFinding($k, "A", Outcome.MET, "x\\u0041"));
                    insert(new org.akuntabel.evaluation.CriterionFinding($k, "A", Outcome.MET, "x"));
                    insert(new BandAssignment("A", "A", "#000000"));
                end
                """);
        assertLines(List.of(12, 13, 14, 15, 16, 17, 18), messages);
        assertEquals(42, messages.get(0).column());
    }

    @Test
    void thePackageMustBeBelowTheRuleSetPackage() {
        assertLines(List.of(1), validator.validate("package org.akuntabel.evaluation;\n"));
        assertLines(List.of(1), validator.validate("package org.akuntabel.rulesetsx;\n"));
        assertLines(List.of(1), validator.validate("import org.akuntabel.evaluation.Outcome;\n"));
        assertEquals(List.of(), validator.validate("package org.akuntabel.rulesets.baru;\n"));
    }

    @Test
    void unicodeEscapesAndInvisibleCharactersAreRejectedWhereTheyAre() {
        List<RuleMessage> messages = validator.validate(SKALA + """
                rule "A"
                when ScaleValue( value > 1 )
                then insert(new BandAssignment("A", "A", "#000000")); // catatan \\u000a
                     insert(new BandAssignment("B", "B", "#000000")); /* \u202e */
                end
                """);
        assertLines(List.of(7, 8), messages);
        assertEquals(66, messages.get(0).column());
    }

    @Test
    void aCommentInsideAConstraintNeverReachesTheCompiler() {
        // The DRL parser drops comments from constraint text, so what Drools compiles is only "value > 1".
        assertEquals(List.of(), validator.validate(SKALA + """
                rule "A"
                when ScaleValue( value > 1 /* , value.toString() != null */ )
                then insert(new BandAssignment("A", "A", "#000000"));
                end
                """));
    }

    @Test
    void aParameterMayBeReadAsAPatternButNeverCreated() {
        String header = """
                package org.akuntabel.rulesets.uji;
                import org.akuntabel.registers.company.CompanyFacts;
                import org.akuntabel.evaluation.Parameter;
                import org.akuntabel.evaluation.CriterionFinding;
                import org.akuntabel.evaluation.Outcome;

                """;
        assertEquals(List.of(), validator.validate(header + """
                rule "tidak wajib"
                    @kriteria("PP_PKB")
                when
                    Parameter( code == "AMBANG_PP_PEKERJA", $ambang : value, $dasar : source, effectiveFrom <= 2025 )
                    $p : CompanyFacts( workers != null, workers < $ambang, $pekerja : workers )
                then
                    insert(new CriterionFinding($p, "PP_PKB", Outcome.MET, "{0} < {1} ({2})", $pekerja, $ambang, $dasar));
                end
                """));
        List<RuleMessage> messages = validator.validate(header + """
                rule "ambang dipalsukan"
                when
                    $p : CompanyFacts( )
                    Parameter( code == "AMBANG_PP_PEKERJA", value.intValue() > 0 )
                then
                    insert(new Parameter("AMBANG_PP_PEKERJA", 0, 2003, "palsu"));
                end
                """);
        assertLines(List.of(10, 12), messages);
        assertTrue(messages.get(1).message().startsWith("insert hanya boleh membuat CriterionFinding atau BandAssignment"),
                messages.get(1).message());
    }

    @Test
    void theCompiledFormHandsEachAcceptedInsertToTheEngineAndKeepsEveryOtherCharacterOnItsLine() {
        String text = KOPERASI + """
                // a comment may say insert(new CriterionFinding($k, …)) without being an insert
                rule "RAT terpenuhi"
                    @kriteria("RAT")
                when
                    $k : CooperativeFacts( ratDate != null, $tahun : reportingYear )
                then
                    insert(new CriterionFinding($k, "RAT", Outcome.MET, "teks insert(new CriterionFinding( tetap teks"));
                    insert (
                        new CriterionFinding($k, "RAT_KEDUA", Outcome.NO_DATA, "tahun {0}", $tahun));
                end
                """;
        RuleFileValidator.Checked checked = validator.check(text);
        assertEquals(List.of(), checked.problems());
        List<String> original = text.lines().toList();
        List<String> compiled = checked.compiledText().lines().toList();
        assertEquals(original.size() + 1, compiled.size(), checked.compiledText());
        for (int i = 0; i < original.size(); i++) {
            String expected = switch (i + 1) {
                case 12 -> "    akuntabelOutput.record(kcontext, new CriterionFinding($k, \"RAT\", Outcome.MET,"
                        + " \"teks insert(new CriterionFinding( tetap teks\"));";
                case 13 -> "    akuntabelOutput.record (";
                case 14 -> "        kcontext, new CriterionFinding($k, \"RAT_KEDUA\", Outcome.NO_DATA, \"tahun {0}\", $tahun));";
                default -> original.get(i);
            };
            assertEquals(expected, compiled.get(i), "line " + (i + 1));
        }
        assertEquals("global org.akuntabel.evaluation.RuleOutput akuntabelOutput;", compiled.get(compiled.size() - 1));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedRuleSetHasACompiledFormWithItsInsertsHandedToTheEngine() throws IOException {
        return shippedRuleFiles().stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String compiled = validator.check(text).compiledText();
            Pattern insert = Pattern.compile("^\\s*(then\\s+)?insert\\(new ");
            Pattern recorded = Pattern.compile("^\\s*(then\\s+)?akuntabelOutput\\.record\\(kcontext, new ");
            long inserts = text.lines().filter(line -> insert.matcher(line).find()).count();
            assertTrue(inserts > 0, file.toString());
            assertEquals(inserts, compiled.lines().filter(line -> recorded.matcher(line).find()).count(), compiled);
            assertEquals(0, compiled.lines().filter(line -> insert.matcher(line).find()).count(), compiled);
            assertEquals(text.lines().count() + 1, compiled.lines().count(), compiled);
        }));
    }

    @Test
    void aFileSaysWhetherEachRuleReadsOneSubjectParametersAside() throws IOException {
        for (Path file : shippedRuleFiles()) {
            assertTrue(validator.check(Files.readString(file, StandardCharsets.UTF_8)).oneSubjectPerRule(), file.toString());
        }
        RuleFileValidator.Checked twoSubjects = validator.check(KOPERASI + """
                rule "ada koperasi lain tanpa RAT"
                    @kriteria("RAT")
                when
                    $k : CooperativeFacts( ratDate != null )
                    exists ( CooperativeFacts( ratDate == null ) )
                then
                    insert(new CriterionFinding($k, "RAT", Outcome.NOT_MET, "lain"));
                end
                """);
        assertEquals(List.of(), twoSubjects.problems());
        assertFalse(twoSubjects.oneSubjectPerRule());
    }

    @Test
    void aRejectedFileHasNoCompiledForm() {
        RuleFileValidator.Checked checked = validator.check(SKALA + """
                rule "bocor"
                when ScaleValue( value > 0 )
                then insert(new BandAssignment("A", "A", "#000000")); System.exit(1);
                end
                """);
        assertLines(List.of(7), checked.problems());
        assertEquals(null, checked.compiledText());
    }

    @Test
    void anEmptyFileIsRejected() {
        List<RuleMessage> messages = validator.validate("");
        assertFalse(messages.isEmpty());
        assertTrue(messages.stream().allMatch(m -> m.line() == 1), messages.toString());
    }

    /** The rule file of every folder under {@link #RULESETS}. */
    private static List<Path> shippedRuleFiles() throws IOException {
        try (Stream<Path> folders = Files.list(RULESETS)) {
            return folders.filter(Files::isDirectory).sorted().map(folder -> folder.resolve(folder.getFileName() + ".drl")).toList();
        }
    }

    private static void assertLines(List<Integer> expected, List<RuleMessage> messages) {
        assertEquals(expected, messages.stream().map(RuleMessage::line).toList(), messages.toString());
    }
}
