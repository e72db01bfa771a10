/**
 * Validation of rule files (DRL) before they are compiled.
 *
 * <p><b>Why.</b> Rule files can be edited at run time by policy staff through the web. A DRL file is
 * not data but a program: the consequence of a rule is Java, constraints, attributes such as
 * {@code salience}, {@code enabled} or {@code timer} and even rule annotations are MVEL expressions
 * (Drools evaluates some of them while it builds the rule base), and a file may declare functions,
 * types with initialisers, globals and imports of any class. Compiling a submitted file unchecked is
 * therefore remote code execution on the server.
 *
 * <p><b>Allow-list, not deny-list.</b> {@link org.akuntabel.evaluation.validation.RuleFileValidator}
 * accepts only the small language the shipped rule sets are written in ({@link
 * org.akuntabel.evaluation.validation.AllowList}): imports of the fact model, patterns over fact
 * classes with comparisons of their properties, {@code not}/{@code exists}/{@code and}/{@code or},
 * an integer {@code salience}, {@code no-loop}, {@code lock-on-active}, {@code @kriteria("CODE")},
 * and consequences made only of {@code insert(new CriterionFinding(…))} or
 * {@code insert(new BandAssignment(…))} with bound variables, literals and {@code Outcome} constants
 * as arguments. Everything else is rejected, so a construct nobody thought of is rejected too.
 *
 * <p><b>Parse, do not match text.</b> The file is parsed by the same Drools DRL parser the compiler
 * uses, and the checks walk its descriptors; constraint expressions and consequences are parsed with
 * JavaParser, which must consume the whole text, and checked node by node. Regular expressions
 * cannot see that a quote ends a string, that a comment ends early, or that a second statement
 * follows a legitimate one; a parser can. Unicode escapes and invisible control or format characters
 * are refused outright, because the Java compiler reads escapes everywhere (also in comments and
 * strings) and bidirectional overrides can make code look like a comment.
 *
 * <p><b>What else bounds the cost.</b> The validator is the security boundary. Behind it,
 * {@link org.akuntabel.evaluation.RuleSetCompiler} abandons a compilation that takes longer than
 * ten seconds, and {@link org.akuntabel.evaluation.CompiledRuleSet} caps the number of rule firings
 * per fact, so an accepted file can neither hang compilation nor loop at evaluation time.
 *
 * <p>Messages are in Bahasa Indonesia and name the line (and column where known) in the submitted file.
 */
package org.akuntabel.evaluation.validation;
