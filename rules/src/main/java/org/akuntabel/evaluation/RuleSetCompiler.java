package org.akuntabel.evaluation;

import org.akuntabel.evaluation.validation.ParameterReferences;
import org.akuntabel.evaluation.validation.RuleFileValidator;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiles a rule set's text into a {@link CompiledRuleSet}. Each compilation gets its own module
 * id in the global KIE repository and removes it again once the rule base exists, so repeated
 * compilations neither collide nor accumulate.
 *
 * <p>Security model. Rule files can be edited through the web, and a DRL file is a program, so:
 * <ol>
 *   <li>every file is first checked by {@link RuleFileValidator} against an allow-list of the
 *       constructs the rule sets need; a file with any message is rejected with those messages and
 *       is never handed to Drools (nothing of it is compiled, loaded or run). What Drools is given is the accepted
 *       file's compiled form ({@link RuleOutput}): the same text on the same lines, but for the accepted
 *       {@code insert(new …)} calls, which hand what they record to the engine instead of working memory;</li>
 *   <li>compilation of an accepted file runs on its own thread and is abandoned after
 *       {@link #COMPILE_TIME_LIMIT}, so a file that makes the compiler itself work without end
 *       cannot hold the caller;</li>
 *   <li>at run time {@link CompiledRuleSet} caps the number of rule firings per fact, so rules that
 *       keep re-activating each other fail instead of hanging the evaluation.</li>
 * </ol>
 * The first is the security boundary; the other two bound the cost of what it lets through.
 */
public final class RuleSetCompiler {

    /** How long building one rule base may take before it is abandoned. */
    static final Duration COMPILE_TIME_LIMIT = Duration.ofSeconds(10);
    /** The same for a version already accepted (shipped, or activated after review): {@link RuleSets#accepted}. */
    static final Duration ACCEPTED_COMPILE_TIME_LIMIT = Duration.ofSeconds(120);

    private static final AtomicLong COMPILATIONS = new AtomicLong();

    private final ClassLoader classLoader;
    private final RuleFileValidator validator = new RuleFileValidator();

    public RuleSetCompiler(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * Validates and compiles a rule set: the rule file against the allow-list, then its
     * {@code parameters.json} (if any) and that every parameter the rules read is defined there; only
     * then is anything handed to Drools.
     *
     * @throws RuleSetException with line-numbered messages (parameter problems name their JSON path)
     *                          if the file is not acceptable, the parameters are not sound, the file
     *                          does not compile, or does not compile within {@link #COMPILE_TIME_LIMIT}
     */
    public CompiledRuleSet compile(RuleSetSource source) {
        return compile(source, COMPILE_TIME_LIMIT);
    }

    /** {@link #compile(RuleSetSource)} with another time limit for the compilation. */
    CompiledRuleSet compile(RuleSetSource source, Duration limit) {
        RuleFileValidator.Checked checked = validator.check(source.text());
        if (!checked.problems().isEmpty()) {
            throw new RuleSetException(source.name(), checked.problems());
        }
        List<RuleMessage> parameterProblems = RuleSetParameters.problems(source.parameters());
        if (parameterProblems.isEmpty()) {
            parameterProblems = ParameterReferences.check(source.text(),
                    RuleSetParameters.parse(source.name(), source.parameters()).codes());
        }
        if (!parameterProblems.isEmpty()) {
            throw new RuleSetException(source.name(), parameterProblems);
        }
        return compileWithTimeLimit(source, checked, limit);
    }

    /**
     * Builds the rule base of {@code source} within {@code limit}, from its compiled form ({@link RuleOutput}) when
     * {@code checked} (the validator's answer for it) has one, else from the text as written.
     */
    CompiledRuleSet compileWithTimeLimit(RuleSetSource source, RuleFileValidator.Checked checked, Duration limit) {
        AtomicBoolean abandoned = new AtomicBoolean();
        ClassLoader callerContext = Thread.currentThread().getContextClassLoader();
        ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "rule-set-compiler-" + source.name());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<CompiledRuleSet> result = executor.submit(() -> {
                Thread.currentThread().setContextClassLoader(callerContext);
                return build(source, checked, abandoned);
            });
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandoned.set(true);
            throw new RuleSetException(source.name(), List.of(new RuleMessage(1, 0,
                    "kompilasi melebihi batas waktu " + limit.toSeconds() + " detik dan dihentikan")));
        } catch (InterruptedException e) {
            abandoned.set(true);
            Thread.currentThread().interrupt();
            throw new RuleSetException(source.name(), "kompilasi dibatalkan");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private CompiledRuleSet build(RuleSetSource source, RuleFileValidator.Checked checked, AtomicBoolean abandoned) {
        String compiledText = checked == null ? null : checked.compiledText();
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("org.akuntabel.rulesets", source.name(),
                "1.0.0-" + source.version().substring(0, 16) + "-" + COMPILATIONS.incrementAndGet());
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/" + RuleSetSource.ROOT + source.fileName(), compiledText != null ? compiledText : source.text());
        try {
            KieBuilder builder = services.newKieBuilder(files, classLoader).buildAll();
            List<RuleMessage> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                    .map(m -> new RuleMessage(m.getLine(), m.getColumn(), m.getText()))
                    .toList();
            if (!errors.isEmpty()) {
                throw new RuleSetException(source.name(), errors);
            }
            if (abandoned.get()) {
                throw new RuleSetException(source.name(), "kompilasi melebihi batas waktu");
            }
            KieContainer container = services.newKieContainer(releaseId, classLoader);
            return new CompiledRuleSet(source, container.getKieBase(), compiledText != null,
                    checked != null && checked.oneSubjectPerRule());
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
