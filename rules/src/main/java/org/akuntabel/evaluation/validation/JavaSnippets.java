package org.akuntabel.evaluation.validation;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;

import java.util.Optional;

/**
 * Java parsing for the pieces of a rule file that Drools hands to a Java or MVEL compiler: constraint
 * expressions and consequences. Unicode escapes are pre-processed exactly as {@code javac} does, so
 * the tree checked is the tree the compiler would see (the validator also rejects such escapes
 * outright). Positions are 1-based lines and columns of the snippet, one column per character.
 */
final class JavaSnippets {

    private final JavaParser parser = new JavaParser(new ParserConfiguration()
            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
            .setPreprocessUnicodeEscapes(true)
            .setTabSize(1));

    ParseResult<com.github.javaparser.ast.expr.Expression> expression(String text) {
        return parser.parseExpression(text);
    }

    ParseResult<BlockStmt> block(String text) {
        return parser.parseBlock(text);
    }

    /** True if the parse saw any comment: constraints may not contain comments. */
    static boolean hasComments(ParseResult<?> result) {
        return result.getCommentsCollection().map(c -> c.size() > 0).orElse(false);
    }

    /** The first problem's position in the snippet, if known. */
    static Optional<Position> position(Problem problem) {
        return problem.getLocation().flatMap(range -> range.getBegin().getRange()).map(range -> range.begin);
    }

    static Optional<Position> position(Node node) {
        return node.getBegin();
    }

    /** The first line of a parser message, without the parser's list of expected tokens. */
    static String shortMessage(Problem problem) {
        String message = problem.getMessage();
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        int expected = message.indexOf(", expected");
        if (expected >= 0) {
            message = message.substring(0, expected);
        }
        return message.strip();
    }

    /** Code quoted in a message: one line, at most 60 characters. */
    static String abbreviate(String code) {
        String line = code.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    /** A short Indonesian name for a Java construct, for messages. */
    static String describe(Node node) {
        if (node instanceof MethodCallExpr call) {
            return "pemanggilan metode \"" + call.getScope().map(s -> abbreviate(s.toString()) + ".").orElse("")
                    + call.getNameAsString() + "(…)\"";
        }
        if (node instanceof ObjectCreationExpr creation) {
            return "pembuatan objek \"new " + abbreviate(creation.getType().toString()) + "(…)\"";
        }
        if (node instanceof FieldAccessExpr access) {
            return "akses field atau kelas \"" + abbreviate(access.toString()) + "\" (nama lengkap atau statik)";
        }
        if (node instanceof NameExpr name) {
            return "nama \"" + name.getNameAsString() + "\"";
        }
        if (node instanceof CastExpr) {
            return "cast";
        }
        if (node instanceof ArrayAccessExpr) {
            return "akses array";
        }
        if (node instanceof ArrayCreationExpr || node instanceof ArrayInitializerExpr) {
            return "pembuatan array";
        }
        if (node instanceof AssignExpr) {
            return "penugasan";
        }
        if (node instanceof ClassExpr) {
            return "literal kelas (.class)";
        }
        if (node instanceof LambdaExpr) {
            return "lambda";
        }
        if (node instanceof MethodReferenceExpr) {
            return "referensi metode (::)";
        }
        if (node instanceof ThisExpr) {
            return "this";
        }
        if (node instanceof SuperExpr) {
            return "super";
        }
        if (node instanceof InstanceOfExpr) {
            return "instanceof";
        }
        if (node instanceof ConditionalExpr) {
            return "operator kondisional ?:";
        }
        if (node instanceof SwitchExpr || node instanceof SwitchStmt) {
            return "switch";
        }
        if (node instanceof TextBlockLiteralExpr) {
            return "text block (\"\"\")";
        }
        if (node instanceof CharLiteralExpr) {
            return "literal karakter";
        }
        if (node instanceof UnaryExpr unary) {
            return "operator " + unary.getOperator().asString();
        }
        if (node instanceof BinaryExpr binary) {
            return "operator " + binary.getOperator().asString();
        }
        if (node instanceof VariableDeclarationExpr) {
            return "deklarasi variabel";
        }
        if (node instanceof BlockStmt) {
            return "blok { … }";
        }
        if (node instanceof WhileStmt || node instanceof DoStmt) {
            return "perulangan while";
        }
        if (node instanceof ForStmt || node instanceof ForEachStmt) {
            return "perulangan for";
        }
        if (node instanceof IfStmt) {
            return "percabangan if";
        }
        if (node instanceof TryStmt) {
            return "try/catch";
        }
        if (node instanceof ThrowStmt) {
            return "throw";
        }
        if (node instanceof ReturnStmt) {
            return "return";
        }
        if (node instanceof SynchronizedStmt) {
            return "synchronized";
        }
        if (node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt) {
            return "deklarasi kelas lokal";
        }
        if (node instanceof EmptyStmt) {
            return "pernyataan kosong (;)";
        }
        return "konstruksi Java " + node.getClass().getSimpleName();
    }
}
