package org.akuntabel.evaluation.handwritten;

import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.CriterionFinding;
import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.RuleSetCompiler;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.evaluation.Subject;
import org.akuntabel.registers.company.CompanyFacts;
import org.akuntabel.registers.cooperative.CooperativeFacts;
import org.akuntabel.registers.microbusiness.MicroBusinessFacts;
import org.akuntabel.registers.synthetic.SyntheticDataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hand-written criteria used by the benchmark give exactly the findings of the shipped rule sets (criterion,
 * outcome, evidence and rule, in order) on a generated sample, and the sample reaches every rule of each file.
 */
class HandWrittenCriteriaTest {

    private static final int YEAR = 2025;
    private final SyntheticDataset dataset = new SyntheticDataset(20_250_808, YEAR);
    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void cooperativeQuality() {
        List<CooperativeFacts> facts = LongStream.range(0, 3_000).mapToObj(i -> dataset.cooperative(i).facts(YEAR)).toList();
        assertSameFindings(compile("koperasi-berkualitas"), new CooperativeQualityJava(), facts);
    }

    @Test
    void companyCompliance() {
        CompiledRuleSet rules = compile("perusahaan-layak");
        List<CompanyFacts> facts = LongStream.range(0, 3_000).mapToObj(i -> dataset.company(i).facts(YEAR)).toList();
        assertSameFindings(rules, new CompanyComplianceJava(rules.parametersFor(YEAR)), facts);
    }

    @Test
    void microBusinessEntrepreneur() {
        List<MicroBusinessFacts> facts = new ArrayList<>(LongStream.range(0, 3_000)
                .mapToObj(i -> dataset.microBusiness(i).facts(YEAR)).toList());
        // the register cannot say a business has no legality; facts from elsewhere can
        facts.add(new MicroBusinessFacts(1_000_000, "Usaha tanpa legalitas", "Kecamatan", YEAR, true, false, null, true,
                false, null, null, null, false, null, null));
        assertSameFindings(compile("wirausaha-usaha-mikro"), new MicroBusinessEntrepreneurJava(), facts);
    }

    private CompiledRuleSet compile(String name) {
        return new RuleSetCompiler(loader).compile(RuleSetSource.fromClasspath(name, loader).orElseThrow());
    }

    private <S extends Subject> void assertSameFindings(CompiledRuleSet rules, HandWrittenCriteria<S> java, List<S> facts) {
        Map<Long, List<CriterionFinding>> drools = rules.judge(facts, YEAR);
        Set<String> rulesReached = new TreeSet<>();
        for (S subject : facts) {
            List<String> expected = drools.get(subject.getSubjectId()).stream().map(f -> line(f.toFinding())).toList();
            List<String> actual = java.judge(subject).stream().map(HandWrittenCriteriaTest::line).toList();
            assertEquals(expected, actual, subject.canonicalForm());
            java.judge(subject).forEach(f -> rulesReached.add(f.getRule()));
        }
        assertEquals(rulesOf(rules), rulesReached, "the sample reaches every rule of " + rules.getName());
    }

    private static Set<String> rulesOf(CompiledRuleSet rules) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?m)^rule \"([^\"]+)\"").matcher(rules.getSource().text());
        while (matcher.find()) {
            names.add(rules.getSource().fileName() + ": " + matcher.group(1));
        }
        return names;
    }

    private static String line(Finding finding) {
        return finding.getCriterion() + " | " + finding.getOutcome() + " | " + finding.getEvidence() + " | " + finding.getRule();
    }
}
