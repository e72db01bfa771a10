package org.akuntabel.evaluation.validation;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import org.akuntabel.evaluation.RuleMessage;
import org.akuntabel.evaluation.RuleOutput;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.EntryPointDeclarationDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.GroupByDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.WindowDeclarationDescr;
import org.drools.drl.ast.descr.WindowReferenceDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

import javax.lang.model.SourceVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a submitted rule file (DRL) may be compiled, before Drools sees it. A DRL file is a
 * program: its consequences are Java, its constraints, attributes and annotations MVEL, and it can
 * declare functions, types, globals and imports. Compiling or running an unchecked file submitted
 * over the web is therefore remote code execution. This validator parses the file with the same
 * Drools DRL parser the compiler uses, walks the resulting descriptors, and accepts only the small
 * language the shipped rule sets are written in (see {@link AllowList}):
 *
 * <pre>
 * package org.akuntabel.rulesets.&lt;name&gt;;
 * import &lt;fact, output or constant class&gt;;
 * rule "…" [@kriteria("CODE")] [salience &lt;int&gt;] [no-loop [true|false]] [lock-on-active [true|false]]
 * when  [$f :] Fact( constraint, $x : property, … )   — also combined with and / or / not / exists
 * then  insert(new CriterionFinding($f, "CODE", Outcome.MET, "… {0}", $x));   — or BandAssignment
 * end
 * </pre>
 *
 * <p>Every message names the line (and column where known) in Bahasa Indonesia. An empty list means
 * the file is acceptable. The validator never compiles, loads or runs anything from the file.
 *
 * <p>Thread-safe: each call works on its own state.
 */
public final class RuleFileValidator {

    /** Character problems reported per file; the rest would repeat the same message. */
    private static final int MAX_CHARACTER_MESSAGES = 20;

    private final AllowList allowList;

    /** A validator for the application's fact model ({@link AllowList#standard()}). */
    public RuleFileValidator() {
        this(AllowList.standard());
    }

    public RuleFileValidator(AllowList allowList) {
        this.allowList = allowList;
    }

    /** The reasons the rule file may not be compiled, in file order; empty if it is acceptable. */
    public List<RuleMessage> validate(String text) {
        return check(text).problems();
    }

    /**
     * A rule file as checked for compilation: its problems, in file order (empty if it is acceptable); for an acceptable
     * file the text Drools is given (its compiled form, see {@link RuleOutput}), or null when it must be compiled as written; and
     * whether each of its rules reads at most one fact of the fact model (a subject, or a value to band) besides
     * parameters, so that what a rule decides about one subject cannot depend on the other subjects judged with it.
     */
    public record Checked(List<RuleMessage> problems, String compiledText, boolean oneSubjectPerRule) {
    }

    /** Validates the rule file and, when it is acceptable, makes its compiled form. */
    public Checked check(String text) {
        SourceText source = new SourceText(text);
        checkCharacters(source);
        PackageDescr pkg = parse(source);
        if (pkg == null) {
            return new Checked(source.messages(), null, false);
        }
        Walk walk = new Walk(source, pkg);
        walk.run();
        if (source.hasMessages()) {
            return new Checked(source.messages(), null, false);
        }
        return new Checked(List.of(), source.withOutputCalls(RuleOutput.CALL, RuleOutput.FIRST_ARGUMENT, RuleOutput.DECLARATION),
                walk.oneSubjectPerRule);
    }

    /**
     * Unicode escapes ({@code \u0053ystem}) are translated by the Java compiler everywhere, even
     * inside comments and strings, so they could hide code from a reader; invisible control and
     * format characters (bidirectional overrides, zero-width characters) can make code look like a
     * comment. Neither is needed in a rule file written in UTF-8.
     */
    private static void checkCharacters(SourceText source) {
        String text = source.text();
        int reported = 0;
        for (int i = 0; i < text.length() && reported < MAX_CHARACTER_MESSAGES; i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                source.rejectAt(i, "urutan escape Unicode (\\u…) tidak diizinkan dalam berkas aturan: tulis karakternya langsung");
                reported++;
            }
            int type = Character.getType(c);
            boolean invisible = (type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                    || type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (invisible) {
                source.rejectAt(i, String.format("karakter tak terlihat U+%04X tidak diizinkan dalam berkas aturan", (int) c));
                reported++;
            }
        }
    }

    /** Parses with the Drools DRL parser; syntax errors are reported with the parser's lines. */
    private static PackageDescr parse(SourceText source) {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source.text());
        } catch (DroolsParserException | RuntimeException e) {
            source.reject(1, 0, "kesalahan sintaks DRL: " + e.getMessage());
            return null;
        }
        if (parser.hasErrors()) {
            for (DroolsError error : parser.getErrors()) {
                if (error instanceof ParserError parseError) {
                    source.reject(parseError.getRow(), parseError.getCol() + 1, "kesalahan sintaks DRL: " + parseError.getMessage());
                } else {
                    int[] lines = error.getLines();
                    source.reject(lines.length > 0 ? lines[0] : 1, 0, "kesalahan sintaks DRL: " + error.getMessage());
                }
            }
            return null;
        }
        if (pkg == null) {
            source.reject(1, 0, "kesalahan sintaks DRL: berkas aturan kosong atau tidak dapat dibaca");
        }
        return pkg;
    }

    static boolean isBindingName(String name) {
        return name != null && name.length() > 1 && name.charAt(0) == '$' && SourceVersion.isIdentifier(name)
                && name.indexOf('$', 1) < 0;
    }

    static String bindingNameMessage(String name) {
        return "nama ikatan \"" + name + "\" tidak diizinkan: tulis $ diikuti huruf dan angka, mis. $k atau $tahun";
    }

    /** One validation of one parsed file. */
    private final class Walk {

        private final SourceText source;
        private final PackageDescr pkg;
        private final Set<String> imported = new HashSet<>();
        private final JavaSnippets java = new JavaSnippets();
        private ConstraintCheck constraints;
        private ConsequenceCheck consequences;
        /** Patterns over a fact-model class (not a context fact) in the rule being checked, in any nesting. */
        private int subjectPatterns;
        private boolean oneSubjectPerRule = true;

        Walk(SourceText source, PackageDescr pkg) {
            this.source = source;
            this.pkg = pkg;
        }

        void run() {
            checkPackage();
            checkImports();
            checkDeclarations();
            constraints = new ConstraintCheck(source, allowList, java, imported);
            consequences = new ConsequenceCheck(source, allowList, java, imported, constraints);
            for (RuleDescr rule : pkg.getRules()) {
                checkRule(rule);
            }
        }

        private int line(BaseDescr descr, int fallback) {
            return descr != null && descr.getLine() > 0 ? descr.getLine() : fallback;
        }

        private int column(BaseDescr descr) {
            return descr != null && descr.getLine() > 0 && descr.getColumn() >= 0 ? descr.getColumn() + 1 : 0;
        }

        private void reject(BaseDescr descr, int fallbackLine, String message) {
            source.reject(line(descr, fallbackLine), column(descr), message);
        }

        private void checkPackage() {
            String name = pkg.getName();
            if (name == null || name.isBlank()) {
                source.reject(1, 0, "berkas aturan harus memuat deklarasi package di bawah \"" + AllowList.PACKAGE_PREFIX
                        + "\", mis. package " + AllowList.PACKAGE_PREFIX + "namaaturan;");
            } else if (!name.startsWith(AllowList.PACKAGE_PREFIX) || !SourceVersion.isName(name)) {
                reject(pkg, 1, "package \"" + name + "\" tidak diizinkan: aturan harus berada di bawah \""
                        + AllowList.PACKAGE_PREFIX + "\" (mis. " + AllowList.PACKAGE_PREFIX + "namaaturan) agar tidak"
                        + " berbagi package dengan kelas aplikasi");
            }
        }

        private void checkImports() {
            for (ImportDescr anImport : pkg.getImports()) {
                String target = anImport.getTarget();
                if (anImport instanceof FunctionImportDescr) {
                    reject(anImport, 1, "impor fungsi \"" + target + "\" (import function / import static) tidak diizinkan:"
                            + " hanya kelas model fakta (" + allowList.importableNames() + ") yang boleh diimpor");
                } else if (anImport.getClass() != ImportDescr.class) {
                    reject(anImport, 1, "impor \"" + target + "\" tidak diizinkan: hanya kelas model fakta ("
                            + allowList.importableNames() + ") yang boleh diimpor");
                } else if (!allowList.isImportable(target)) {
                    reject(anImport, 1, "impor \"" + target + "\" tidak diizinkan: hanya kelas model fakta ("
                            + allowList.importableNames() + ") yang boleh diimpor");
                } else {
                    imported.add(AllowList.simpleName(target));
                }
            }
            // function imports are listed separately by the parser as well; report each once
            for (FunctionImportDescr anImport : pkg.getFunctionImports()) {
                if (!pkg.getImports().contains(anImport)) {
                    reject(anImport, 1, "impor fungsi \"" + anImport.getTarget() + "\" (import function / import static)"
                            + " tidak diizinkan: hanya kelas model fakta (" + allowList.importableNames() + ") yang boleh diimpor");
                }
            }
            pkg.getAccumulateImports().forEach(anImport -> reject(anImport, 1, "impor fungsi akumulasi \""
                    + anImport.getTarget() + "\" (import accumulate) tidak diizinkan"));
        }

        private void checkDeclarations() {
            for (GlobalDescr global : pkg.getGlobals()) {
                reject(global, 1, "global \"" + global.getIdentifier() + "\" tidak diizinkan: aturan hanya membaca fakta"
                        + " dan tidak boleh memakai objek dari luar");
            }
            for (FunctionDescr function : pkg.getFunctions()) {
                reject(function, 1, "function \"" + function.getName() + "\" tidak diizinkan: berkas aturan tidak boleh"
                        + " memuat kode Java");
            }
            for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
                reject(type, 1, "deklarasi tipe (declare " + type.getTypeName() + ") tidak diizinkan: hanya kelas model fakta ("
                        + allowList.factNames() + ") yang boleh dipakai");
            }
            for (EnumDeclarationDescr type : pkg.getEnumDeclarations()) {
                reject(type, 1, "deklarasi enum (declare enum " + type.getTypeName() + ") tidak diizinkan: hanya kelas model"
                        + " fakta (" + allowList.factNames() + ") yang boleh dipakai");
            }
            for (EntryPointDeclarationDescr entryPoint : pkg.getEntryPointDeclarations()) {
                reject(entryPoint, 1, "deklarasi entry-point \"" + entryPoint.getEntryPointId() + "\" tidak diizinkan");
            }
            for (WindowDeclarationDescr window : pkg.getWindowDeclarations()) {
                reject(window, 1, "deklarasi window \"" + window.getName() + "\" tidak diizinkan");
            }
            for (AttributeDescr attribute : pkg.getAttributes()) {
                reject(attribute, 1, "atribut tingkat package \"" + attribute.getName() + "\" tidak diizinkan"
                        + (attribute.getName().equals("dialect") ? ": konsekuensi selalu ditulis dalam Java" : ""));
            }
            if (pkg.getUnit() != null) {
                reject(pkg.getUnit(), 1, "unit aturan (unit) tidak diizinkan");
            }
        }

        private void checkRule(RuleDescr rule) {
            int ruleLine = line(rule, 1);
            if (rule.getClass() != RuleDescr.class || rule.isQuery()) {
                reject(rule, 1, "query \"" + rule.getName() + "\" tidak diizinkan: berkas aturan hanya boleh memuat rule");
                return;
            }
            if (rule.getParentName() != null) {
                reject(rule, 1, "aturan \"" + rule.getName() + "\" tidak boleh mewarisi aturan lain (extends \""
                        + rule.getParentName() + "\")");
            }
            if (rule.getUnit() != null) {
                reject(rule, 1, "unit aturan (unit) tidak diizinkan pada aturan \"" + rule.getName() + "\"");
            }
            checkAttributes(rule);
            checkAnnotations(rule, ruleLine);
            for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
                source.reject(ruleLine, 0, "konsekuensi bernama (then[" + named.getKey() + "]) tidak diizinkan pada aturan \""
                        + rule.getName() + "\"");
            }

            Set<String> bound = new LinkedHashSet<>();
            Set<String> visible = new LinkedHashSet<>();
            collectBindings(rule.getLhs(), bound, visible, true);
            subjectPatterns = 0;
            if (rule.getLhs() != null) {
                checkElement(rule.getLhs(), ruleLine, bound);
            }
            oneSubjectPerRule &= subjectPatterns <= 1;
            consequences.check(rule, visible);
        }

        private void checkAttributes(RuleDescr rule) {
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                if (pkg.getAttributes().stream().anyMatch(inherited -> inherited == attribute)) {
                    continue; // a package attribute copied into the rule, reported once for the package
                }
                String name = attribute.getName();
                String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
                if (AllowList.INTEGER_ATTRIBUTES.contains(name)) {
                    if (!isIntegerLiteral(value)) {
                        reject(attribute, line(rule, 1), name + " harus berupa bilangan bulat, bukan ekspresi: \"" + value + "\"");
                    }
                } else if (AllowList.BOOLEAN_ATTRIBUTES.contains(name)) {
                    if (!value.equals("true") && !value.equals("false")) {
                        reject(attribute, line(rule, 1), name + " harus bernilai true atau false, bukan \"" + value + "\"");
                    }
                } else {
                    reject(attribute, line(rule, 1), "atribut aturan \"" + name + "\" tidak diizinkan: hanya salience (bilangan"
                            + " bulat), no-loop dan lock-on-active yang boleh dipakai"
                            + (name.equals("dialect") ? "; konsekuensi selalu ditulis dalam Java" : ""));
                }
            }
        }

        /** An optional minus sign and at most nine digits: what Drools reads as a fixed salience. */
        private static boolean isIntegerLiteral(String value) {
            String digits = value.startsWith("-") ? value.substring(1) : value;
            if (digits.isEmpty() || digits.length() > 9) {
                return false;
            }
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Drools evaluates rule annotation values as MVEL expressions when it builds the rule base, so
         * only {@code @kriteria("CODE")} with a plain code in quotes is allowed.
         */
        private void checkAnnotations(RuleDescr rule, int ruleLine) {
            for (AnnotationDescr annotation : rule.getAnnotations()) {
                int line = annotation.getLine() > 0 ? annotation.getLine() : ruleLine;
                if (!annotation.getName().equals(AllowList.CRITERION_ANNOTATION)
                        || annotation.getFullyQualifiedName() != null && !annotation.getFullyQualifiedName().equals(annotation.getName())) {
                    source.reject(line, 0, "anotasi @" + annotation.getName() + " tidak diizinkan pada aturan \"" + rule.getName()
                            + "\": hanya @" + AllowList.CRITERION_ANNOTATION + "(\"KODE\") yang boleh dipakai");
                    continue;
                }
                Map<String, Object> values = annotation.getValueMap();
                Object value = values.size() == 1 ? values.get(AnnotationDescr.VALUE) : null;
                if (!(value instanceof String text) || !isCriterionCode(text)) {
                    source.reject(line, 0, "anotasi @" + AllowList.CRITERION_ANNOTATION + " pada aturan \"" + rule.getName()
                            + "\" harus berisi satu kode kriteria dalam tanda kutip (huruf, angka, garis bawah),"
                            + " mis. @kriteria(\"ASET_NAIK\")");
                }
            }
        }

        /** A string literal holding only letters, digits, '_' and '-': nothing MVEL could evaluate. */
        private boolean isCriterionCode(String literal) {
            ParseResult<Expression> parsed = java.expression(literal);
            if (!parsed.isSuccessful() || JavaSnippets.hasComments(parsed)
                    || !(parsed.getResult().orElse(null) instanceof StringLiteralExpr string)) {
                return false;
            }
            String code = string.getValue();
            if (code.isEmpty() || !literal.strip().equals("\"" + code + "\"")) {
                return false;
            }
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Collects the variables the rule binds: {@code bound} are all of them (constraints may join on
         * any), {@code visible} those outside not/exists, which the consequence may use.
         */
        private void collectBindings(BaseDescr element, Set<String> bound, Set<String> visible, boolean positive) {
            if (element instanceof PatternDescr pattern) {
                addBinding(pattern.getIdentifier(), bound, visible, positive);
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        for (String variable : bindingsOf(expression)) {
                            addBinding(variable, bound, visible, positive);
                        }
                    }
                }
            } else if (element instanceof AndDescr || element instanceof OrDescr) {
                for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
                    collectBindings(child, bound, visible, positive);
                }
            } else if (element instanceof NotDescr || element instanceof ExistsDescr) {
                for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
                    collectBindings(child, bound, visible, false);
                }
            }
        }

        private static void addBinding(String variable, Set<String> bound, Set<String> visible, boolean positive) {
            if (variable != null && isBindingName(variable)) {
                bound.add(variable);
                if (positive) {
                    visible.add(variable);
                }
            }
        }

        /** The variables a constraint binds, read with the DRL expression parser (errors are reported later). */
        private List<String> bindingsOf(ExprConstraintDescr constraint) {
            DrlExprParser parser = DrlExprParserFactory
                    .getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
            ConstraintConnectiveDescr tree = parser.parse(constraint.getExpression());
            if (parser.hasErrors() || tree == null) {
                return List.of();
            }
            ArrayList<String> variables = new ArrayList<>();
            collectVariables(tree, variables);
            return variables;
        }

        private static void collectVariables(BaseDescr descr, List<String> variables) {
            if (descr instanceof BindingDescr binding) {
                variables.add(binding.getVariable());
            } else if (descr instanceof RelationalExprDescr relation) {
                collectVariables(relation.getLeft(), variables);
                collectVariables(relation.getRight(), variables);
            } else if (descr instanceof ConstraintConnectiveDescr connective) {
                connective.getDescrs().forEach(child -> collectVariables(child, variables));
            }
        }

        /** Checks one conditional element of the when part; {@code fallbackLine} is the rule's line. */
        private void checkElement(BaseDescr element, int fallbackLine, Set<String> bound) {
            Class<?> kind = element.getClass();
            if (kind == AndDescr.class || kind == OrDescr.class || kind == NotDescr.class || kind == ExistsDescr.class) {
                List<? extends BaseDescr> children = ((ConditionalElementDescr) element).getDescrs();
                for (BaseDescr child : children) {
                    checkElement(child, line(element, fallbackLine), bound);
                }
            } else if (kind == PatternDescr.class) {
                checkPattern((PatternDescr) element, fallbackLine, bound);
            } else {
                reject(element, fallbackLine, describeElement(element) + " tidak diizinkan di bagian when: tulis syarat sebagai"
                        + " pola fakta dengan batasan, mis. CooperativeFacts( assets > previousAssets ), digabung dengan"
                        + " and, or, not atau exists");
            }
        }

        private String describeElement(BaseDescr element) {
            if (element instanceof EvalDescr) {
                return "eval(…)";
            }
            if (element instanceof ForallDescr) {
                return "forall(…)";
            }
            if (element instanceof AccumulateDescr) {
                return "accumulate(…)";
            }
            if (element instanceof CollectDescr) {
                return "collect(…)";
            }
            if (element instanceof FromDescr) {
                return "from";
            }
            if (element instanceof EntryPointDescr) {
                return "from entry-point";
            }
            if (element instanceof WindowReferenceDescr) {
                return "from window";
            }
            if (element instanceof GroupByDescr) {
                return "groupby(…)";
            }
            if (element instanceof ConditionalBranchDescr) {
                return "percabangan if (…) do[…]";
            }
            if (element instanceof NamedConsequenceDescr) {
                return "do[…] / break[…]";
            }
            return "unsur " + element.getClass().getSimpleName();
        }

        private void checkPattern(PatternDescr pattern, int fallbackLine, Set<String> bound) {
            int line = line(pattern, fallbackLine);
            String type = pattern.getObjectType();
            Class<?> factClass = allowList.factClass(type);
            if (factClass != null && !allowList.isContextFact(type)) {
                subjectPatterns++;
            }
            if (factClass == null) {
                reject(pattern, fallbackLine, "pola atas tipe \"" + type + "\" tidak diizinkan: hanya kelas fakta ("
                        + allowList.factNames() + ") yang boleh dipakai, ditulis dengan nama pendeknya");
            } else if (!imported.contains(type)) {
                reject(pattern, fallbackLine, "kelas fakta \"" + type + "\" harus diimpor di awal berkas");
            }
            PatternSourceDescr patternSource = pattern.getSource();
            if (patternSource != null) {
                reject(pattern, fallbackLine, describeElement(patternSource) + " tidak diizinkan: pola hanya boleh membaca"
                        + " fakta yang dimasukkan mesin penilai");
            }
            if (!pattern.getBehaviors().isEmpty()) {
                reject(pattern, fallbackLine, "window (over window:…) tidak diizinkan pada pola " + type);
            }
            if (!pattern.getAnnotations().isEmpty()) {
                reject(pattern, fallbackLine, "anotasi pada pola " + type + " tidak diizinkan");
            }
            if (pattern.isQuery() || pattern.isUnification()) {
                reject(pattern, fallbackLine, "pemanggilan query atau unifikasi (?, :=) tidak diizinkan pada pola " + type);
            }
            if (pattern.getIdentifier() != null && !isBindingName(pattern.getIdentifier())) {
                reject(pattern, fallbackLine, bindingNameMessage(pattern.getIdentifier()));
            }
            if (factClass == null) {
                return;
            }
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression
                        && expression.getType() == ExprConstraintDescr.Type.NAMED) {
                    constraints.check(expression, factClass, bound);
                } else {
                    source.reject(line(constraint, line), column(constraint), "batasan posisional atau bentuk batasan lain"
                            + " tidak diizinkan pada pola " + type + ": tulis properti dan pembanding, mis. value > 90");
                }
            }
        }
    }
}
