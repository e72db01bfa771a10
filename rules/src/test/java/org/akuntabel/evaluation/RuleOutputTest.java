package org.akuntabel.evaluation;

import org.akuntabel.evaluation.scale.BandAssignment;
import org.akuntabel.registers.synthetic.SyntheticDataset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * A rule set compiled from its compiled form ({@link RuleOutput}, what the application runs, judging subjects in sessions
 * of 200) records exactly what the same file compiled as written records through working memory with all subjects in one
 * session: the same findings (criterion, outcome, evidence, rule, in order) for every subject of a generated sample, and
 * the same band for every value of a scale.
 */
class RuleOutputTest {

    private static final int YEAR = 2025;
    private final ClassLoader loader = getClass().getClassLoader();
    private final RuleSetCompiler compiler = new RuleSetCompiler(loader);
    private final SyntheticDataset dataset = new SyntheticDataset(20_261_206, YEAR);

    @TestFactory
    Stream<DynamicTest> criteriaRecordTheSameFindingsAsThroughWorkingMemory() {
        Map<String, LongFunction<Subject>> facts = Map.of(
                "koperasi-berkualitas", i -> dataset.cooperative(i).facts(YEAR),
                "koperasi-aktif", i -> dataset.cooperative(i).facts(YEAR),
                "perusahaan-layak", i -> dataset.company(i).facts(YEAR),
                "wirausaha-usaha-mikro", i -> dataset.microBusiness(i).facts(YEAR),
                "naik-kelas-usaha-mikro", i -> dataset.microBusiness(i).facts(YEAR));
        return facts.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> dynamicTest(entry.getKey(), () -> {
            RuleSetSource source = RuleSetSource.fromClasspath(entry.getKey(), loader).orElseThrow();
            CompiledRuleSet recording = compiler.compile(source);
            CompiledRuleSet asWritten = UnvalidatedRuleBase.compile(source);
            assertTrue(recording.recordsOutput());
            assertEquals(CompiledRuleSet.SUBJECTS_PER_SESSION, recording.subjectsPerSession(), "1 500 subjects in sessions of 200");
            assertFalse(asWritten.recordsOutput());
            assertEquals(Integer.MAX_VALUE, asWritten.subjectsPerSession(), "all subjects in one session");
            List<Subject> subjects = LongStream.range(0, 1_500).mapToObj(entry.getValue()).toList();
            List<List<CriterionFinding>> recorded = recording.judgeEach(subjects, YEAR);
            Map<Long, List<CriterionFinding>> inMemory = asWritten.judge(subjects, YEAR);
            for (int i = 0; i < subjects.size(); i++) {
                List<String> expected = inMemory.get(subjects.get(i).getSubjectId()).stream().map(RuleOutputTest::text).toList();
                assertEquals(recording.getCriteria().size(), expected.size());
                assertEquals(expected, recorded.get(i).stream().map(RuleOutputTest::text).toList(), subjects.get(i).canonicalForm());
            }
        }));
    }

    private static String text(CriterionFinding finding) {
        return finding.getCriterion() + " | " + finding.getOutcome() + " | " + finding.getEvidence() + " | " + finding.getRule();
    }

    @TestFactory
    Stream<DynamicTest> scalesGiveTheSameBandAsThroughWorkingMemory() {
        return Stream.of("skala-capaian-beltim", "skala-capaian-permendagri-86", "skala-predikat-sakip", "kategori-ip-asn")
                .map(name -> dynamicTest(name, () -> {
                    RuleSetSource source = RuleSetSource.fromClasspath(name, loader).orElseThrow();
                    CompiledRuleSet recording = compiler.compile(source);
                    CompiledRuleSet asWritten = UnvalidatedRuleBase.compile(source);
                    assertTrue(recording.recordsOutput());
                    for (int hundredths = 0; hundredths <= 15_000; hundredths += 7) {
                        BigDecimal value = BigDecimal.valueOf(hundredths, 2);
                        BandAssignment expected = asWritten.band(value).orElseThrow();
                        BandAssignment band = recording.band(value).orElseThrow();
                        assertEquals(expected.getCode() + " " + expected.getLabel(), band.getCode() + " " + band.getLabel(), value.toString());
                    }
                }));
    }
}
