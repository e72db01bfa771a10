package org.akuntabel.evaluation.scale;

import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.shared.IndonesianFormat;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a scale gives exactly one band to every value of a range, before it is activated: a
 * value with no band is a gap, a value with two or more an overlap; either would make an evaluation
 * fail ({@link CompiledRuleSet#band(BigDecimal)}). Pure: it only fires the compiled scale.
 *
 * <p>Probed values: every {@code step} from {@code from} to {@code to}, and around every number the
 * scale's rules compare the value with (its band boundaries) the boundary itself and the boundary
 * ± 0,005, which lie on either side of the half-up rounding to 2 decimals that precedes banding. The
 * scale only ever sees rounded values, so each distinct rounded value is fired once. Problems are given
 * in Bahasa Indonesia, consecutive probed values with the same problem as one range.
 *
 * <p>The counterpart for criteria rule sets is
 * {@link org.akuntabel.evaluation.RuleSetTestSuite#coverageProblems(CompiledRuleSet)}: every criterion
 * needs a MET, a NOT_MET and a NO_DATA test case.
 */
public final class ScaleVerification {

    /** Half the last decimal a scale sees: the distance of a boundary probe from the boundary. */
    static final BigDecimal HALF_CENT = new BigDecimal("0.005");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.$])-?\\d+(?:\\.\\d+)?(?![\\w.])");

    private ScaleVerification() {
    }

    /**
     * The gaps and overlaps of {@code scale} over {@code from}…{@code to}; empty when every probed value
     * gets exactly one band.
     *
     * @throws IllegalArgumentException if {@code from > to} or {@code step} is not positive
     */
    public static List<String> check(CompiledRuleSet scale, BigDecimal from, BigDecimal to, BigDecimal step) {
        Objects.requireNonNull(scale, "scale");
        if (from.compareTo(to) > 0 || step.signum() <= 0) {
            throw new IllegalArgumentException("Rentang pemeriksaan tidak sah: dari " + from + " s.d. " + to + " tiap " + step);
        }
        NavigableSet<BigDecimal> probes = new TreeSet<>();
        for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
            probes.add(value);
        }
        for (BigDecimal boundary : boundaries(scale.getSource().text())) {
            for (BigDecimal probe : List.of(boundary.subtract(HALF_CENT), boundary, boundary.add(HALF_CENT))) {
                if (probe.compareTo(from) >= 0 && probe.compareTo(to) <= 0) {
                    probes.add(probe);
                }
            }
        }
        Map<BigDecimal, List<String>> bandsByValue = new TreeMap<>();
        for (BigDecimal probe : probes) {
            BigDecimal rounded = probe.setScale(2, RoundingMode.HALF_UP);
            if (!bandsByValue.containsKey(rounded)) {
                bandsByValue.put(rounded, scale.bands(new ScaleValue(rounded)).stream().map(BandAssignment::getCode).sorted().toList());
            }
        }
        return problems(bandsByValue);
    }

    /** The numbers the scale's rules compare {@code ScaleValue} with, e.g. 85 in {@code value > 85}. */
    public static NavigableSet<BigDecimal> boundaries(String drl) {
        NavigableSet<BigDecimal> numbers = new TreeSet<>();
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            return numbers;
        }
        if (pkg == null) {
            return numbers;
        }
        for (RuleDescr rule : pkg.getRules()) {
            List<PatternDescr> patterns = new ArrayList<>();
            collect(rule.getLhs(), patterns);
            for (PatternDescr pattern : patterns) {
                if (!ScaleValue.class.getSimpleName().equals(pattern.getObjectType())) {
                    continue;
                }
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        Matcher matcher = NUMBER.matcher(expression.getExpression());
                        while (matcher.find()) {
                            numbers.add(new BigDecimal(matcher.group()));
                        }
                    }
                }
            }
        }
        return numbers;
    }

    private static void collect(BaseDescr element, List<PatternDescr> patterns) {
        if (element instanceof PatternDescr pattern) {
            patterns.add(pattern);
        } else if (element instanceof ConditionalElementDescr conditional) {
            for (BaseDescr child : conditional.getDescrs()) {
                collect(child, patterns);
            }
        }
    }

    /** Runs of consecutive probed values with the same problem, one message per run. */
    private static List<String> problems(Map<BigDecimal, List<String>> bandsByValue) {
        List<String> problems = new ArrayList<>();
        BigDecimal runStart = null;
        BigDecimal runEnd = null;
        List<String> runBands = null;
        int runLength = 0;
        for (Map.Entry<BigDecimal, List<String>> entry : bandsByValue.entrySet()) {
            List<String> bands = entry.getValue();
            boolean problem = bands.size() != 1;
            if (runBands != null && problem && bands.equals(runBands)) {
                runEnd = entry.getKey();
                runLength++;
                continue;
            }
            if (runBands != null) {
                problems.add(message(runStart, runEnd, runLength, runBands));
                runBands = null;
            }
            if (problem) {
                runStart = entry.getKey();
                runEnd = entry.getKey();
                runBands = bands;
                runLength = 1;
            }
        }
        if (runBands != null) {
            problems.add(message(runStart, runEnd, runLength, runBands));
        }
        return problems;
    }

    private static String message(BigDecimal start, BigDecimal end, int count, List<String> bands) {
        String where = count == 1 ? "nilai " + fixed(start)
                : IndonesianFormat.number(BigDecimal.valueOf(count), 0) + " nilai yang diperiksa dari " + fixed(start) + " s.d. " + fixed(end);
        if (bands.isEmpty()) {
            return "Celah: " + where + " tidak masuk pita mana pun";
        }
        return "Tumpang tindih: " + where + " masuk " + bands.size() + " pita (" + String.join(", ", bands) + ")";
    }

    private static String fixed(BigDecimal value) {
        return IndonesianFormat.fixed(value, 2);
    }
}
