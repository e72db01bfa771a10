package org.akuntabel.evaluation;

import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TEST ONLY: builds a rule base straight with Drools, skipping the validator that
 * {@link RuleSetCompiler#compile} applies. Used to show what the validator protects against (the
 * firing cap on a rule the validator would reject; that the corpus payloads really run when nothing
 * stops them). Production code has no such path.
 */
final class UnvalidatedRuleBase {

    private static final AtomicLong BUILDS = new AtomicLong();

    private UnvalidatedRuleBase() {
    }

    static CompiledRuleSet compile(RuleSetSource source) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("org.akuntabel.tests", source.name(), "1.0." + BUILDS.incrementAndGet());
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        files.write("src/main/resources/" + RuleSetSource.ROOT + source.fileName(), source.text());
        ClassLoader loader = UnvalidatedRuleBase.class.getClassLoader();
        try {
            KieBuilder builder = services.newKieBuilder(files, loader).buildAll();
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new IllegalStateException("Drools rejected the test rule file: " + errors);
            }
            return new CompiledRuleSet(source, services.newKieContainer(releaseId, loader).getKieBase());
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }
}
