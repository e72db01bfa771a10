package org.akuntabel.evaluation;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled rule bases, one per rule-set version (name and content hash), compiled once and reused by every
 * evaluation. Which version applies to an agency and year is decided by {@link RuleSetCatalog}; the text
 * shipped under {@code rulesets/} is the version in force where nothing else was activated.
 */
@ApplicationScoped
public class RuleSets {

    private final Map<String, RuleSetSource> shipped = new ConcurrentHashMap<>();
    private final Map<String, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

    /** The text shipped with the application for rule set {@code name}. */
    public RuleSetSource shipped(String name) {
        return shipped.computeIfAbsent(name, n -> RuleSetSource.fromClasspath(n, classLoader())
                .orElseThrow(() -> new NotFoundException("Aturan '" + n + "' tidak ditemukan")));
    }

    /**
     * {@code source} compiled, from the cache when this version was compiled before; a new text (a draft) must compile
     * within {@link RuleSetCompiler#COMPILE_TIME_LIMIT}.
     */
    public CompiledRuleSet compiled(RuleSetSource source) {
        return compiled.computeIfAbsent(source.name() + "@" + source.version(),
                key -> new RuleSetCompiler(classLoader()).compile(source));
    }

    /**
     * An accepted version compiled for an evaluation: one shipped with the application, or one that passed validation
     * and compilation within the time limit as a draft and was approved. Validated all the same, but given
     * {@link RuleSetCompiler#ACCEPTED_COMPILE_TIME_LIMIT}: the short limit guards the server against new texts, and a
     * version already accepted compiling slowly in a cold server under load is no reason to refuse an evaluation.
     */
    public CompiledRuleSet accepted(RuleSetSource source) {
        return compiled.computeIfAbsent(source.name() + "@" + source.version(),
                key -> new RuleSetCompiler(classLoader()).compile(source, RuleSetCompiler.ACCEPTED_COMPILE_TIME_LIMIT));
    }

    private ClassLoader classLoader() {
        return RuleSets.class.getClassLoader();
    }
}
