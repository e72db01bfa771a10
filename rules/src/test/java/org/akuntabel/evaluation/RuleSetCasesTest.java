package org.akuntabel.evaluation;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Runs the test cases beside every rule file under {@code src/main/resources/rulesets}. A rule
 * folder without cases, or a criterion without a MET, NOT_MET and NO_DATA case, fails the build.
 */
class RuleSetCasesTest {

    private static final Path RULESETS = Path.of("src/main/resources/rulesets");

    @TestFactory
    Stream<DynamicNode> everyRuleSetPassesItsCases() throws IOException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(RULESETS)) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "no rule sets found under " + RULESETS.toAbsolutePath());
        ClassLoader loader = getClass().getClassLoader();
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path folder : folders) {
            String name = folder.getFileName().toString();
            RuleSetSource source = RuleSetSource.fromClasspath(name, loader)
                    .orElseThrow(() -> new AssertionError(folder + " has no " + name + ".drl"));
            CompiledRuleSet rules = new RuleSetCompiler(loader).compile(source);
            RuleSetTestSuite suite = RuleSetTestSuite.parse(name, source.testCases());
            List<DynamicNode> tests = new ArrayList<>();
            tests.add(dynamicTest("setiap kriteria punya kasus MET, NOT_MET dan NO_DATA",
                    () -> assertEquals(List.of(), suite.coverageProblems(rules))));
            for (RuleSetTestSuite.TestCase testCase : suite.getCases()) {
                tests.add(dynamicTest(testCase.name(), () -> {
                    RuleSetTestSuite.CaseResult result = suite.run(rules, testCase);
                    assertTrue(result.passed(), result.message());
                }));
            }
            nodes.add(DynamicContainer.dynamicContainer(name, tests));
        }
        return nodes.stream();
    }
}
