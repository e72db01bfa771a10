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

    /** {@code source} compiled, from the cache when this version was compiled before. */
    public CompiledRuleSet compiled(RuleSetSource source) {
        return compiled.computeIfAbsent(source.name() + "@" + source.version(),
                key -> new RuleSetCompiler(classLoader()).compile(source));
    }

    private ClassLoader classLoader() {
        return RuleSets.class.getClassLoader();
    }
}
