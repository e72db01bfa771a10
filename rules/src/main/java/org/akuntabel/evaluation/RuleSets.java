package org.akuntabel.evaluation;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The active rule sets, each compiled once per version (content hash) and reused by every
 * evaluation. Today the active text of a rule set is the one shipped under {@code rulesets/};
 * versions are keyed by hash so that a changed text is compiled anew while unchanged ones are not.
 */
@ApplicationScoped
public class RuleSets {

    private final Map<String, RuleSetSource> sources = new ConcurrentHashMap<>();
    private final Map<String, CompiledRuleSet> compiled = new ConcurrentHashMap<>();

    /** The active version of rule set {@code name}, compiled. */
    public CompiledRuleSet active(String name) {
        RuleSetSource source = sources.computeIfAbsent(name, n -> RuleSetSource.fromClasspath(n, classLoader())
                .orElseThrow(() -> new RuleSetException(n, "Aturan '" + n + "' tidak ditemukan")));
        return compiled.computeIfAbsent(source.version(), version -> new RuleSetCompiler(classLoader()).compile(source));
    }

    private ClassLoader classLoader() {
        return RuleSets.class.getClassLoader();
    }
}
