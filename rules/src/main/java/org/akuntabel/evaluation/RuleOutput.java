package org.akuntabel.evaluation;

import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Where the consequences of a compiled rule set deliver what they record. A rule file says
 * {@code insert(new CriterionFinding(…))} or {@code insert(new BandAssignment(…))}. No rule can match a finding or a
 * band (they are output classes, never pattern types: {@code AllowList}), so putting them into the engine's working
 * memory would only cost time: a fact handle, an entry in the engine's tables and a propagation each, for nothing that
 * could ever react to them. The form of the file that Drools compiles (made by the validator once the file is accepted)
 * therefore hands each one to this collector instead, as
 * {@code akuntabelOutput.record(kcontext, new CriterionFinding(…))}, together with the rule that recorded it (for the
 * finding's rule reference). This is the usual Drools way of returning results from rules (a global). The file itself,
 * its content hash (the version) and its line numbers stay as written.
 */
public final class RuleOutput {

    /** The name of the global the compiled form declares and every session of it is given. */
    public static final String GLOBAL = "akuntabelOutput";
    /** What each accepted {@code insert(new …)} of the compiled form calls, with {@link #FIRST_ARGUMENT} before the object. */
    public static final String CALL = GLOBAL + ".record";
    /** The first argument of {@link #CALL}: the rule's context, which names the rule that fired. */
    public static final String FIRST_ARGUMENT = "kcontext, ";
    /** The global's declaration, on a line after the file's last. */
    public static final String DECLARATION = "global " + RuleOutput.class.getName() + " " + GLOBAL + ";";

    /** What becomes of each recorded object. */
    interface Recorder {
        void record(Object output, Rule rule);
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
}
