package org.akuntabel.evaluation.validation;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one constraint of a pattern, e.g. {@code ratYear == reportingYear} or
 * {@code $tahun : reportingYear}. Drools evaluates constraints with MVEL, so the constraint must be a
 * plain expression whose meaning is the same in Java and MVEL: names of the fact's properties, bound
 * {@code $variables}, literals, {@code Outcome.X}, parentheses and the operators
 * {@code == != < > <= >= && || ! + - * / %}. Anything else, including DRL's own operators
 * ({@code in}, {@code not in}, {@code matches}, {@code memberOf}, {@code contains}, {@code soundslike},
 * {@code str[…]}, temporal operators), is rejected.
 *
 * <p>The DRL expression parser is used only to find the binding ({@code $x :}) and DRL operators;
 * it is lenient (it ignores text it cannot place), so the security decision is made on the complete
 * remaining text by the Java parser, which must consume all of it.
 */
final class ConstraintCheck {

    /** Relational operators allowed in a constraint; every other DRL operator is rejected by name. */
    static final Set<String> RELATIONAL_OPERATORS = Set.of("==", "!=", "<", ">", "<=", ">=");

    private static final Set<BinaryExpr.Operator> BINARY_OPERATORS = EnumSet.of(
            BinaryExpr.Operator.OR, BinaryExpr.Operator.AND,
            BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS,
            BinaryExpr.Operator.LESS, BinaryExpr.Operator.GREATER,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER_EQUALS,
            BinaryExpr.Operator.PLUS, BinaryExpr.Operator.MINUS,
            BinaryExpr.Operator.MULTIPLY, BinaryExpr.Operator.DIVIDE, BinaryExpr.Operator.REMAINDER);

    private static final Set<UnaryExpr.Operator> UNARY_OPERATORS = EnumSet.of(
            UnaryExpr.Operator.LOGICAL_COMPLEMENT, UnaryExpr.Operator.MINUS, UnaryExpr.Operator.PLUS);

    private final SourceText source;
    private final AllowList allowList;
    private final JavaSnippets java;
    private final Set<String> imported;

    ConstraintCheck(SourceText source, AllowList allowList, JavaSnippets java, Set<String> imported) {
        this.source = source;
        this.allowList = allowList;
        this.java = java;
        this.imported = imported;
    }

    /**
     * Checks {@code constraint} of a pattern over {@code factClass}; {@code bound} are the variables
     * the rule binds. Returns the variable this constraint binds, or {@code null}.
     */
    String check(ExprConstraintDescr constraint, Class<?> factClass, Set<String> bound) {
        String expression = constraint.getExpression();
        int start = locate(constraint, expression);
        Snippet whole = new Snippet(source, expression, 0, start, constraint.getLine());

        DrlExprParser drl = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr tree = drl.parse(expression);
        if (drl.hasErrors() || tree == null) {
            whole.rejectStart("batasan \"" + expression.strip() + "\" tidak dapat dibaca: "
                    + (drl.getErrors().isEmpty() ? "ekspresi tidak sah" : drl.getErrors().get(0).getMessage()));
            return null;
        }
        List<BindingDescr> bindings = new ArrayList<>();
        boolean operatorsAllowed = checkOperators(tree, bindings, whole, expression);
        if (!operatorsAllowed) {
            return null;
        }
        if (bindings.size() > 1) {
            whole.rejectStart("batasan \"" + expression.strip() + "\" mengikat lebih dari satu variabel: tulis satu ikatan per batasan");
            return null;
        }

        String body = expression;
        int bodyStart = 0;
        String variable = null;
        if (bindings.size() == 1) {
            BindingDescr binding = bindings.get(0);
            variable = binding.getVariable();
            if (binding.isUnification()) {
                whole.rejectStart("unifikasi \"" + variable + " := …\" tidak diizinkan: tulis " + variable + " : properti");
                return null;
            }
            if (!RuleFileValidator.isBindingName(variable)) {
                whole.rejectStart(RuleFileValidator.bindingNameMessage(variable));
                return null;
            }
            int colon = bindingColon(expression, variable);
            if (colon < 0) {
                whole.rejectStart("ikatan \"" + variable + "\" harus ditulis di awal batasan sebagai \""
                        + variable + " : properti\"");
                return null;
            }
            bodyStart = colon + 1;
            body = expression.substring(bodyStart);
        }

        Snippet snippet = new Snippet(source, body, 0, start < 0 ? -1 : start + bodyStart, constraint.getLine());
        ParseResult<Expression> parsed = java.expression(body);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            snippet.reject(parsed.getProblems().isEmpty() ? Optional.empty()
                            : JavaSnippets.position(parsed.getProblems().get(0)),
                    "batasan \"" + expression.strip() + "\" bukan ekspresi sederhana yang diizinkan: hanya properti "
                            + factClass.getSimpleName() + ", variabel $ikatan, literal, " + allowList.constantNames()
                            + " serta operator == != < > <= >= && || ! + - * / % (operator DRL seperti in, not in, "
                            + "matches, memberOf, contains, soundslike tidak diizinkan)");
            return null;
        }
        if (JavaSnippets.hasComments(parsed)) {
            snippet.rejectStart("komentar di dalam batasan \"" + expression.strip() + "\" tidak diizinkan");
            return null;
        }
        checkExpression(parsed.getResult().get(), snippet, factClass, bound, expression.strip());
        return variable;
    }

    /** The offset of the constraint's text in the file, or -1 if the parser's text is not verbatim. */
    private int locate(ExprConstraintDescr constraint, String expression) {
        int lineStart = source.lineStart(constraint.getLine());
        if (lineStart < 0 || constraint.getColumn() < 0) {
            return -1;
        }
        int offset = lineStart + constraint.getColumn();
        return source.text().startsWith(expression, offset) ? offset : -1;
    }

    /**
     * Walks the DRL expression tree: rejects DRL operators other than the Java comparisons by name
     * and collects bindings. Returns false if something was rejected.
     */
    private boolean checkOperators(BaseDescr descr, List<BindingDescr> bindings, Snippet whole, String expression) {
        if (descr instanceof BindingDescr binding) {
            bindings.add(binding);
            return true;
        }
        if (descr instanceof RelationalExprDescr relation) {
            String operator = relation.getOperator();
            if (!RELATIONAL_OPERATORS.contains(operator) || relation.getParameters() != null && !relation.getParameters().isEmpty()) {
                whole.rejectStart("operator DRL \"" + (relation.isNegated() && !RELATIONAL_OPERATORS.contains(operator) ? "not " : "")
                        + operator + "\" dalam batasan \"" + expression.strip() + "\" tidak diizinkan: hanya == != < > <= >= "
                        + "serta && dan || yang boleh dipakai");
                return false;
            }
            return checkOperators(relation.getLeft(), bindings, whole, expression)
                    && checkOperators(relation.getRight(), bindings, whole, expression);
        }
        if (descr instanceof ConstraintConnectiveDescr connective) {
            boolean allowed = true;
            for (BaseDescr child : connective.getDescrs()) {
                allowed &= checkOperators(child, bindings, whole, expression);
            }
            return allowed;
        }
        return true;
    }

    /** The offset of the ':' of "$x :" at the start of the constraint, or -1. */
    private static int bindingColon(String expression, String variable) {
        int at = skipWhitespace(expression, 0);
        if (!expression.startsWith(variable, at)) {
            return -1;
        }
        at = skipWhitespace(expression, at + variable.length());
        if (at >= expression.length() || expression.charAt(at) != ':') {
            return -1;
        }
        if (at + 1 < expression.length() && expression.charAt(at + 1) == '=') {
            return -1;
        }
        return at;
    }

    private static int skipWhitespace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private void checkExpression(Expression expression, Snippet snippet, Class<?> factClass, Set<String> bound, String whole) {
        if (expression instanceof NameExpr name) {
            String identifier = name.getNameAsString();
            if (identifier.startsWith("$")) {
                if (!bound.contains(identifier)) {
                    snippet.reject(name, "variabel \"" + identifier + "\" tidak diikat di bagian when aturan ini");
                }
            } else if (!allowList.properties(factClass).contains(identifier)) {
                snippet.reject(name, "nama \"" + identifier + "\" dalam batasan \"" + whole + "\" bukan properti "
                        + factClass.getSimpleName() + " (properti yang ada: " + String.join(", ", allowList.properties(factClass))
                        + ") dan bukan variabel $ikatan");
            }
        } else if (expression instanceof StringLiteralExpr literal) {
            if (literal.getValue().indexOf('\\') >= 0) {
                snippet.reject(literal, "garis miring terbalik (\\) dalam teks tidak diizinkan");
            }
        } else if (expression instanceof IntegerLiteralExpr || expression instanceof LongLiteralExpr
                || expression instanceof DoubleLiteralExpr || expression instanceof BooleanLiteralExpr
                || expression instanceof NullLiteralExpr) {
            // literal values
        } else if (expression instanceof EnclosedExpr enclosed) {
            checkExpression(enclosed.getInner(), snippet, factClass, bound, whole);
        } else if (expression instanceof BinaryExpr binary && BINARY_OPERATORS.contains(binary.getOperator())) {
            checkExpression(binary.getLeft(), snippet, factClass, bound, whole);
            checkExpression(binary.getRight(), snippet, factClass, bound, whole);
        } else if (expression instanceof UnaryExpr unary && UNARY_OPERATORS.contains(unary.getOperator())) {
            checkExpression(unary.getExpression(), snippet, factClass, bound, whole);
        } else if (expression instanceof FieldAccessExpr access && isAllowedConstant(access)) {
            // Outcome.MET etc.
        } else {
            snippet.reject(expression, JavaSnippets.describe(expression) + " tidak diizinkan dalam batasan \"" + whole
                    + "\": batasan hanya boleh membandingkan properti fakta, variabel $ikatan dan literal");
        }
    }

    /** {@code Outcome.MET}: an imported allowed enumeration and one of its constants. */
    boolean isAllowedConstant(FieldAccessExpr access) {
        return access.getScope() instanceof NameExpr type
                && imported.contains(type.getNameAsString())
                && allowList.isConstant(type.getNameAsString(), access.getNameAsString());
    }
}
