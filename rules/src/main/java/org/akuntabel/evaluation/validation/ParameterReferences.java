package org.akuntabel.evaluation.validation;

import org.akuntabel.evaluation.Parameter;
import org.akuntabel.evaluation.RuleMessage;
import org.akuntabel.evaluation.scale.ScaleValue;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that the parameters a rule file reads exist: every {@code Parameter( … )} pattern must name
 * its parameter with {@code code == "KODE"}, and every such code must be defined in the rule set's
 * {@code parameters.json}. Without this, a misspelt code would match nothing, the criterion would
 * record no finding and the mistake would only show at evaluation. Scales read no parameters (a value
 * is banded without a reporting year), so a scale file may not have a {@code Parameter} pattern.
 *
 * <p>Runs on a file the {@link RuleFileValidator} accepted; it reads the same DRL descriptors and
 * decides nothing about security.
 */
public final class ParameterReferences {

    private static final String TYPE = Parameter.class.getSimpleName();
    private static final Pattern CODE = Pattern.compile("^\\s*code\\s*==\\s*\"([^\"]*)\"\\s*$");

    private ParameterReferences() {
    }

    /** The problems, in file order; empty when every parameter the file reads is in {@code defined}. */
    public static List<RuleMessage> check(String drl, Set<String> defined) {
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        List<RuleMessage> problems = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            List<PatternDescr> patterns = new ArrayList<>();
            collect(rule.getLhs(), patterns);
            boolean scale = patterns.stream().anyMatch(p -> ScaleValue.class.getSimpleName().equals(p.getObjectType()));
            for (PatternDescr pattern : patterns) {
                if (!TYPE.equals(pattern.getObjectType())) {
                    continue;
                }
                int line = pattern.getLine() > 0 ? pattern.getLine() : Math.max(rule.getLine(), 1);
                if (scale) {
                    problems.add(new RuleMessage(line, 0, "aturan skala \"" + rule.getName() + "\" tidak boleh membaca"
                            + " Parameter: skala memetakan nilai tanpa tahun pelaporan, tulis batas pitanya langsung"));
                    continue;
                }
                List<String> codes = codes(pattern);
                if (codes.isEmpty()) {
                    problems.add(new RuleMessage(line, 0, "pola Parameter pada aturan \"" + rule.getName() + "\" harus menyebut"
                            + " kodenya sebagai batasan pertama, mis. Parameter( code == \"AMBANG_PP_PEKERJA\", $ambang : value )"));
                }
                for (String code : codes) {
                    if (!defined.contains(code)) {
                        problems.add(new RuleMessage(line, 0, "parameter \"" + code + "\" yang dibaca aturan \"" + rule.getName()
                                + "\" tidak ada di parameters.json" + (defined.isEmpty() ? " (aturan ini tidak punya parameters.json)"
                                : " (yang ada: " + String.join(", ", defined) + ")")));
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> codes(PatternDescr pattern) {
        List<String> codes = new ArrayList<>();
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                Matcher matcher = CODE.matcher(expression.getExpression());
                if (matcher.matches()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        return codes;
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
}
