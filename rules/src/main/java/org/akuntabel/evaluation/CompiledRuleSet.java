package org.akuntabel.evaluation;

import org.akuntabel.evaluation.scale.ScaleValue;
import org.akuntabel.evaluation.scale.BandAssignment;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * A rule set compiled into a Drools rule base, built once per version and shared by all evaluations
 * (a rule base is thread-safe; every evaluation opens its own short-lived session). It knows the
 * criteria its rules declare with {@code @kriteria("CODE")}, in the order of the rule file, and its
 * parameters ({@link RuleSetParameters}), of which it inserts the values in force for the reporting year
 * as {@link Parameter} facts next to the subjects it judges.
 */
public final class CompiledRuleSet {

    /** Upper bound on rule firings per fact; a rule file that loops fails instead of hanging. */
    static final int MAX_FIRINGS_PER_FACT = 50;

    private final RuleSetSource source;
    private final String version;
    private final KieBase kieBase;
    private final List<String> criteria;
    private final Map<String, Integer> criterionOrder;
    private final RuleSetParameters parameters;
    private final List<String> ruleReferences;
    /** The reference of each rule by its name: one string per rule, shared by all its findings. */
    private final Map<String, String> referenceByName;

    CompiledRuleSet(RuleSetSource source, KieBase kieBase) {
        this.source = source;
        this.version = source.version();
        this.kieBase = kieBase;
        this.criteria = declaredCriteria(source, kieBase);
        Map<String, Integer> order = new HashMap<>();
        criteria.forEach(code -> order.put(code, order.size()));
        this.criterionOrder = Map.copyOf(order);
        this.parameters = RuleSetParameters.parse(source.name(), source.parameters());
        this.ruleReferences = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getRules().stream())
                .sorted(Comparator.comparingInt((Rule rule) -> source.text().indexOf('"' + rule.getName() + '"')))
                .map(rule -> source.fileName() + ": " + rule.getName())
                .toList();
        Map<String, String> references = new HashMap<>();
        ruleReferences.forEach(reference -> references.put(reference.substring(source.fileName().length() + 2), reference));
        this.referenceByName = Map.copyOf(references);
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

    private String ruleReference(String ruleName) {
        String reference = referenceByName.get(ruleName);
        return reference != null ? reference : source.fileName() + ": " + ruleName;
    }

    /** Every rule as its findings name it ({@code file.drl: rule name}), in file order. */
    public List<String> getRuleReferences() {
        return ruleReferences;
    }

    /**
     * Checks that {@code findings} (of one subject) hold exactly one finding per criterion, as every judgement must.
     *
     * @throws RuleSetException naming the criterion and the subject otherwise
     */
    public void requireOneFindingPerCriterion(Subject subject, List<CriterionFinding> findings) {
        for (String criterion : criteria) {
            long count = findings == null ? 0 : findings.stream().filter(f -> f.getCriterion().equals(criterion)).count();
            if (count != 1) {
                throw new RuleSetException(source.name(), "Kriteria " + criterion + " mencatat " + count
                        + " temuan untuk " + subject.getSubjectName() + " (harus tepat satu)");
            }
        }
    }

    /** The rule set's parameters; {@link RuleSetParameters#NONE} when it has no {@code parameters.json}. */
    public RuleSetParameters getParameters() {
        return parameters;
    }

    /**
     * The parameter facts in force for reporting year {@code year} (empty without parameters).
     *
     * @throws RuleSetException if a parameter has no value for that year
     */
    public List<Parameter> parametersFor(int year) {
        return parameters.effectiveFor(source.name(), year);
    }

    /**
     * Judges each subject: the findings per subject id, in the order of {@link #getCriteria()},
     * each stamped with the rule that recorded it. When the rule set has parameters, each subject is
     * judged with the values in force for its own reporting year ({@link Subject#evaluationYear()});
     * subjects of different years are judged in separate sessions.
     *
     * @throws RuleSetException if the rule set has parameters and a subject does not say its year, or a
     *                          parameter has no value for it
     */
    public Map<Long, List<CriterionFinding>> judge(Collection<? extends Subject> subjects) {
        if (parameters.isEmpty() || subjects.isEmpty()) {
            return bySubject(subjects, fire(subjects, CriterionFinding.class));
        }
        Map<Integer, List<Subject>> byYear = new TreeMap<>();
        for (Subject subject : subjects) {
            OptionalInt year = subject.evaluationYear();
            if (year.isEmpty()) {
                throw new RuleSetException(source.name(), "Aturan memakai parameter (" + String.join(", ", parameters.codes())
                        + "), tetapi tahun pelaporan fakta " + subject.getSubjectName() + " tidak diketahui, sehingga nilai"
                        + " parameter yang berlaku tidak dapat dipilih");
            }
            byYear.computeIfAbsent(year.getAsInt(), y -> new ArrayList<>()).add(subject);
        }
        List<CriterionFinding> findings = new ArrayList<>();
        byYear.forEach((year, group) -> findings.addAll(fire(withParameters(group, year), CriterionFinding.class)));
        return bySubject(subjects, findings);
    }

    /**
     * Judges each subject for reporting year {@code year}: as {@link #judge(Collection)}, with the
     * parameter values in force that year whatever year the subjects carry.
     *
     * @throws RuleSetException if a parameter has no value for {@code year}
     */
    public Map<Long, List<CriterionFinding>> judge(Collection<? extends Subject> subjects, int year) {
        if (subjects.isEmpty()) {
            return bySubject(subjects, List.of());
        }
        return bySubject(subjects, fire(withParameters(subjects, year), CriterionFinding.class));
    }

    private List<Object> withParameters(Collection<? extends Subject> subjects, int year) {
        List<Object> facts = new ArrayList<>(subjects);
        facts.addAll(parametersFor(year));
        return facts;
    }

    private Map<Long, List<CriterionFinding>> bySubject(Collection<? extends Subject> subjects, List<CriterionFinding> findings) {
        Map<Long, List<CriterionFinding>> bySubject = new LinkedHashMap<>(Math.max(16, subjects.size() * 4 / 3 + 1));
        int perSubject = Math.max(1, criteria.size());
        subjects.forEach(subject -> bySubject.put(subject.getSubjectId(), new ArrayList<>(perSubject)));
        for (CriterionFinding finding : findings) {
            bySubject.computeIfAbsent(finding.getSubject().getSubjectId(), id -> new ArrayList<>(perSubject)).add(finding);
        }
        bySubject.values().forEach(this::sortByCriterion);
        return bySubject;
    }

    /**
     * Puts one subject's findings in the order of {@link #getCriteria()} (stable; undeclared criteria last): each
     * criterion's position is looked up once per finding, and the usual handful of findings is insertion-sorted.
     */
    private void sortByCriterion(List<CriterionFinding> findings) {
        int size = findings.size();
        if (size < 2) {
            return;
        }
        int[] rank = new int[size];
        for (int i = 0; i < size; i++) {
            rank[i] = criterionOrder.getOrDefault(findings.get(i).getCriterion(), Integer.MAX_VALUE);
        }
        if (size > 64) {
            Integer[] positions = new Integer[size];
            Arrays.setAll(positions, i -> i);
            Arrays.sort(positions, Comparator.comparingInt(i -> rank[i]));
            List<CriterionFinding> sorted = new ArrayList<>(size);
            for (Integer position : positions) {
                sorted.add(findings.get(position));
            }
            findings.clear();
            findings.addAll(sorted);
            return;
        }
        for (int i = 1; i < size; i++) {
            int key = rank[i];
            CriterionFinding finding = findings.get(i);
            int j = i - 1;
            while (j >= 0 && rank[j] > key) {
                rank[j + 1] = rank[j];
                findings.set(j + 1, findings.get(j));
                j--;
            }
            rank[j + 1] = key;
            findings.set(j + 1, finding);
        }
    }

    /**
     * The band an achievement falls in. Exactly one band must match; none or several means the
     * scale has a gap or an overlap there, which is an error of the rule set, not a result.
     * Scales read no parameters.
     */
    public Optional<BandAssignment> band(BigDecimal achievement) {
        if (achievement == null) {
            return Optional.empty();
        }
        ScaleValue fact = new ScaleValue(achievement);
        List<BandAssignment> bands = bands(fact);
        if (bands.size() != 1) {
            throw new RuleSetException(source.name(), "Skala memberi " + bands.size() + " pita untuk capaian "
                    + fact.getValue().toPlainString() + " (harus tepat satu): ada celah atau tumpang tindih");
        }
        return Optional.of(bands.get(0));
    }

    /**
     * Every band whose rule matches {@code value} (after rounding to 2 decimals), in no particular
     * order: exactly one for a sound scale. For checking a scale ({@code ScaleVerification}); an
     * evaluation uses {@link #band(BigDecimal)}.
     */
    public List<BandAssignment> bands(ScaleValue value) {
        return fire(List.of(value), BandAssignment.class);
    }

    /**
     * One session over {@code facts}: the objects of class {@code output} in working memory once the rules are done, as
     * the insert and delete events report them (cheaper than walking the whole working memory afterwards), in the
     * order they were inserted.
     */
    private <T> List<T> fire(Collection<?> facts, Class<T> output) {
        KieSession session = kieBase.newKieSession();
        List<T> results = new ArrayList<>();
        try {
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    Object object = event.getObject();
                    if (object instanceof CriterionFinding finding && event.getRule() != null) {
                        finding.stampRule(ruleReference(event.getRule().getName()));
                    }
                    if (output.isInstance(object)) {
                        results.add(output.cast(object));
                    }
                }

                @Override
                public void objectDeleted(ObjectDeletedEvent event) {
                    Object deleted = event.getOldObject();
                    if (output.isInstance(deleted)) {
                        results.removeIf(object -> object == deleted);
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
            return results;
        } finally {
            session.dispose();
        }
    }
}
