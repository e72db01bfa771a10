package org.akuntabel.evaluation;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiles a rule set's text into a {@link CompiledRuleSet}. Each compilation gets its own module
 * id in the global KIE repository and removes it again once the rule base exists, so repeated
 * compilations neither collide nor accumulate.
 */
public final class RuleSetCompiler {

    private static final AtomicLong COMPILATIONS = new AtomicLong();

    private final ClassLoader classLoader;

    public RuleSetCompiler(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    public CompiledRuleSet compile(RuleSetSource source) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("org.akuntabel.rulesets", source.name(),
                "1.0.0-" + source.version().substring(0, 16) + "-" + COMPILATIONS.incrementAndGet());
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/" + RuleSetSource.ROOT + source.fileName(), source.text());
        KieBuilder builder = services.newKieBuilder(files, classLoader).buildAll();
        List<RuleMessage> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                .map(m -> new RuleMessage(m.getLine(), m.getColumn(), m.getText()))
                .toList();
        if (!errors.isEmpty()) {
            services.getRepository().removeKieModule(releaseId);
            throw new RuleSetException(source.name(), errors);
        }
        try {
            KieContainer container = services.newKieContainer(releaseId, classLoader);
            return new CompiledRuleSet(source, container.getKieBase());
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
