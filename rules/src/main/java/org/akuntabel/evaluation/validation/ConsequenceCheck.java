package org.akuntabel.evaluation.validation;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import org.drools.drl.ast.descr.RuleDescr;

import java.util.Optional;
import java.util.Set;

/**
 * Checks a rule's consequence (the Java code between {@code then} and {@code end}). The only
 * statement allowed is {@code insert(new CriterionFinding(…));} or {@code insert(new BandAssignment(…));}
 * whose arguments are each a {@code $variable} bound in the rule's {@code when} part, a literal, or an
 * allowed constant such as {@code Outcome.MET}. The consequence is parsed as a Java block, so a
 * statement hidden after a legitimate one, a call nested in an argument or an attempt to close the
 * generated method early is seen as what it is.
 */
final class ConsequenceCheck {

    private final SourceText source;
    private final AllowList allowList;
    private final JavaSnippets java;
    private final Set<String> imported;
    private final ConstraintCheck constants;

    ConsequenceCheck(SourceText source, AllowList allowList, JavaSnippets java, Set<String> imported, ConstraintCheck constants) {
        this.source = source;
        this.allowList = allowList;
        this.java = java;
        this.imported = imported;
        this.constants = constants;
    }

    /** Checks the consequence of {@code rule}; {@code visible} are the variables it may use. */
    void check(RuleDescr rule, Set<String> visible) {
        Object consequence = rule.getConsequence();
        if (consequence == null) {
            return;
        }
        if (!(consequence instanceof String code)) {
            source.reject(rule.getConsequenceLine(), 0, "konsekuensi aturan \"" + rule.getName() + "\" tidak dapat dibaca");
            return;
        }
        int start = locate(rule, code);
        String parsedText = "{" + code + "\n}";
        Snippet snippet = new Snippet(source, parsedText, 1, start, rule.getConsequenceLine());
        ParseResult<BlockStmt> parsed = java.block(parsedText);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            snippet.reject(parsed.getProblems().isEmpty() ? Optional.empty() : JavaSnippets.position(parsed.getProblems().get(0)),
                    "konsekuensi aturan \"" + rule.getName() + "\" bukan kode Java yang utuh"
                            + (parsed.getProblems().isEmpty() ? "" : " (" + JavaSnippets.shortMessage(parsed.getProblems().get(0)) + ")")
                            + ": " + allowedForm());
            return;
        }
        for (Statement statement : parsed.getResult().get().getStatements()) {
            checkStatement(statement, snippet, visible);
        }
    }

    /** The offset in the file where the consequence text starts, searched from the {@code then} line. */
    private int locate(RuleDescr rule, String code) {
        int from = source.lineStart(rule.getConsequenceLine());
        if (from < 0 || code.isEmpty()) {
            return -1;
        }
        return source.text().indexOf(code, from);
    }

    private String allowedForm() {
        return "hanya insert(new " + String.join("(…)) atau insert(new ", allowList.outputNames().split(", "))
                + "(…)); yang boleh ditulis dalam konsekuensi";
    }

    private void checkStatement(Statement statement, Snippet snippet, Set<String> visible) {
        if (!(statement instanceof ExpressionStmt expressionStatement)) {
            snippet.reject(statement, JavaSnippets.describe(statement) + " tidak diizinkan: " + allowedForm());
            return;
        }
        Expression expression = expressionStatement.getExpression();
        if (!(expression instanceof MethodCallExpr call)) {
            snippet.reject(expression, JavaSnippets.describe(expression) + " tidak diizinkan: " + allowedForm());
            return;
        }
        if (call.getScope().isPresent() || !call.getNameAsString().equals(AllowList.INSERT) || call.getTypeArguments().isPresent()) {
            snippet.reject(call, JavaSnippets.describe(call) + " tidak diizinkan: " + allowedForm());
            return;
        }
        if (call.getArguments().size() != 1 || !(call.getArgument(0) instanceof ObjectCreationExpr creation)) {
            snippet.reject(call, "insert harus berisi tepat satu objek baru: " + allowedForm());
            return;
        }
        checkCreation(creation, snippet, visible);
        // placed for the compiled form, which is made only when the whole file raised no message
        source.outputCall(snippet.fileOffset(call.getName()), snippet.fileOffset(creation));
    }

    private void checkCreation(ObjectCreationExpr creation, Snippet snippet, Set<String> visible) {
        ClassOrInterfaceType type = creation.getType();
        if (creation.getScope().isPresent() || creation.getTypeArguments().isPresent() || type.getScope().isPresent()
                || type.getTypeArguments().isPresent() || type.getAnnotations().isNonEmpty()
                || !allowList.isOutputClass(type.getNameAsString())) {
            snippet.reject(creation, "insert hanya boleh membuat " + allowList.outputNames().replace(", ", " atau ")
                    + " (diimpor, tanpa nama paket), bukan \"" + type + "\"");
            return;
        }
        if (!imported.contains(type.getNameAsString())) {
            snippet.reject(creation, "kelas \"" + type.getNameAsString() + "\" harus diimpor di awal berkas");
            return;
        }
        if (creation.getAnonymousClassBody().isPresent()) {
            snippet.reject(creation, "kelas anonim (new " + type.getNameAsString() + "(…) { … }) tidak diizinkan");
            return;
        }
        for (Expression argument : creation.getArguments()) {
            checkArgument(argument, snippet, visible);
        }
    }

    private void checkArgument(Expression argument, Snippet snippet, Set<String> visible) {
        if (argument instanceof NameExpr name && name.getNameAsString().startsWith("$")) {
            if (!visible.contains(name.getNameAsString())) {
                snippet.reject(name, "variabel \"" + name.getNameAsString() + "\" tidak diikat di bagian when aturan ini"
                        + " (variabel di dalam not/exists tidak terlihat di konsekuensi)");
            }
            return;
        }
        if (argument instanceof StringLiteralExpr || argument instanceof CharLiteralExpr) {
            if (((LiteralStringValueExpr) argument).getValue().indexOf('\\') >= 0) {
                snippet.reject(argument, "garis miring terbalik (\\) dalam teks tidak diizinkan");
            }
            return;
        }
        if (isNumber(argument) || argument instanceof BooleanLiteralExpr || argument instanceof NullLiteralExpr) {
            return;
        }
        if (argument instanceof UnaryExpr unary && isNumber(unary.getExpression())
                && (unary.getOperator() == UnaryExpr.Operator.MINUS || unary.getOperator() == UnaryExpr.Operator.PLUS)) {
            return;
        }
        if (argument instanceof FieldAccessExpr access && constants.isAllowedConstant(access)) {
            return;
        }
        snippet.reject(argument, JavaSnippets.describe(argument) + " tidak diizinkan sebagai argumen: hanya variabel $ikatan"
                + " dari bagian when, literal (teks, angka, true/false, null) atau " + allowList.constantNames());
    }

    private static boolean isNumber(Expression expression) {
        return expression instanceof IntegerLiteralExpr || expression instanceof LongLiteralExpr
                || expression instanceof DoubleLiteralExpr;
    }
}
