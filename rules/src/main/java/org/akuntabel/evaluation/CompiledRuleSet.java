package org.akuntabel.evaluation;

import org.akuntabel.evaluation.scale.ScaleValue;
import org.akuntabel.evaluation.scale.BandAssignment;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule set compiled into a Drools rule base, built once per version and shared by all evaluations
 * (a rule base is thread-safe; every evaluation opens its own short-lived session). It knows the
 * criteria its rules declare with {@code @kriteria("CODE")}, in the order of the rule file.
 */
public final class CompiledRuleSet {

    /** Upper bound on rule firings per fact; a rule file that loops fails instead of hanging. */
    static final int MAX_FIRINGS_PER_FACT = 50;

    private final RuleSetSource source;
    private final String version;
    private final KieBase kieBase;
    private final List<String> criteria;

    CompiledRuleSet(RuleSetSource source, KieBase kieBase) {
        this.source = source;
        this.version = source.version();
        this.kieBase = kieBase;
        this.criteria = declaredCriteria(source, kieBase);
    }

    private static List<String> declaredCriteria(RuleSetSource source, KieBase kieBase) {
        Map<String, Integer> firstPosition = new LinkedHashMap<>();
        kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .filter(rule -> rule.getMetaData().get("kriteria") != null)
                .sorted(Comparator.comparingInt((Rule rule) -> source.text().indexOf('"' + rule.getName() + '"')))
                .forEach(rule -> firstPosition.putIfAbsent(String.valueOf(rule.getMetaData().get("kriteria")),
                        firstPosition.size()));
        return List.copyOf(firstPosition.keySet());
    }

    public String getName() {
        return source.name();
    }

    public String getVersion() {
        return version;
    }

    public RuleSetSource getSource() {
        return source;
    }

    /** Criterion codes declared by the rules, in file order; empty for a scale. */
    public List<String> getCriteria() {
        return criteria;
    }

    /**
     * Judges each subject: the findings per subject id, in the order of {@link #getCriteria()},
     * each stamped with the rule that recorded it.
     */
    public Map<Long, List<CriterionFinding>> judge(Collection<? extends Subject> subjects) {
        List<CriterionFinding> findings = fire(subjects, CriterionFinding.class);
        Map<Long, List<CriterionFinding>> bySubject = new LinkedHashMap<>();
        subjects.forEach(subject -> bySubject.put(subject.getSubjectId(), new ArrayList<>()));
        for (CriterionFinding finding : findings) {
            bySubject.computeIfAbsent(finding.getSubject().getSubjectId(), id -> new ArrayList<>()).add(finding);
        }
        Comparator<CriterionFinding> byCriterion = Comparator.comparingInt(f -> {
            int index = criteria.indexOf(f.getCriterion());
            return index < 0 ? Integer.MAX_VALUE : index;
        });
        bySubject.values().forEach(list -> list.sort(byCriterion));
        return bySubject;
    }

    /**
     * The band an achievement falls in. Exactly one band must match; none or several means the
     * scale has a gap or an overlap there, which is an error of the rule set, not a result.
     */
    public Optional<BandAssignment> band(BigDecimal achievement) {
        if (achievement == null) {
            return Optional.empty();
        }
        ScaleValue fact = new ScaleValue(achievement);
        List<BandAssignment> bands = fire(List.of(fact), BandAssignment.class);
        if (bands.size() != 1) {
            throw new RuleSetException(source.name(), "Skala memberi " + bands.size() + " pita untuk capaian "
                    + fact.getValue().toPlainString() + " (harus tepat satu): ada celah atau tumpang tindih");
        }
        return Optional.of(bands.get(0));
    }

    private <T> List<T> fire(Collection<?> facts, Class<T> output) {
        KieSession session = kieBase.newKieSession();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    if (event.getObject() instanceof CriterionFinding finding && event.getRule() != null) {
                        finding.stampRule(source.fileName() + ": " + event.getRule().getName());
                    }
                }
            });
            facts.forEach(session::insert);
            int limit = Math.max(1, facts.size()) * MAX_FIRINGS_PER_FACT;
            int fired = session.fireAllRules(limit);
            if (fired >= limit) {
                throw new RuleSetException(source.name(), "Aturan berhenti setelah " + fired
                        + " eksekusi (batas " + limit + "): kemungkinan aturan berulang tanpa akhir");
            }
            List<T> results = new ArrayList<>();
            for (Object object : session.getObjects(output::isInstance)) {
                results.add(output.cast(object));
            }
            return results;
        } finally {
            session.dispose();
        }
    }
}
