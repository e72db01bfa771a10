package org.akuntabel.evaluation;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where the consequences of a compiled rule set deliver what they record. A rule file says
 * {@code insert(new CriterionFinding(…))} or {@code insert(new BandAssignment(…))}. No rule can match a finding or a
 * band (they are output classes, never pattern types: {@code AllowList}), so putting them into the engine's working
 * memory would only cost time: a fact handle, an entry in the engine's tables and a propagation each, for nothing that
 * could ever react to them. The form of the file that Drools compiles (made by the validator once the file is accepted,
 * {@link #compiledForm}) therefore hands each one to this collector instead, as
 * {@code akuntabelOutput.record(kcontext, new CriterionFinding(…))}, together with the rule that recorded it (for the
 * finding's rule reference). This is the usual Drools way of returning results from rules (a global). The file itself,
 * its content hash (the version) and its line numbers stay as written.
 */
public final class RuleOutput {

    /** The name of the global the compiled form declares and every session of it is given. */
    public static final String GLOBAL = "akuntabelOutput";

    /** What becomes of each recorded object. */
    interface Recorder {
        void record(Object output, Rule rule);
    }

    /** Rewrites a validated rule file: every accepted {@code insert(new …)} to {@code callee(firstArgument new …)}. */
    @FunctionalInterface
    public interface Rewriter {
        /** The rewritten text, with {@code declaration} after the last line; null when the file cannot be rewritten. */
        String rewrite(String callee, String firstArgument, String declaration);
    }

    private final Recorder recorder;

    RuleOutput(Recorder recorder) {
        this.recorder = recorder;
    }

    /**
     * Records {@code output} as recorded by the rule firing in {@code context}. Called by compiled consequences only: no
     * rule file can name it (the validator accepts no call but {@code insert} in a consequence).
     */
    public void record(RuleContext context, Object output) {
        recorder.record(output, context.getRule());
    }

    /** The compiled form of an accepted rule file, or null when it is to be compiled as written. */
    public static String compiledForm(Rewriter rewriter) {
        return rewriter.rewrite(GLOBAL + ".record", "kcontext, ", "global " + RuleOutput.class.getName() + " " + GLOBAL + ";");
    }
}
