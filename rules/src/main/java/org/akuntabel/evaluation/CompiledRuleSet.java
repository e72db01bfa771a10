package org.akuntabel.evaluation;

import org.akuntabel.evaluation.scale.ScaleValue;
import org.akuntabel.evaluation.scale.BandAssignment;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ThreadSafeOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
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
    /** Subjects judged in one session at most, when each rule reads one subject ({@link #judgeInSessions}). */
    static final int SUBJECTS_PER_SESSION = 200;

    private final RuleSetSource source;
    private final String version;
    private final KieBase kieBase;
    /**
     * Sessions are confined to the thread that opens them ({@link #fire}): created, filled, fired and disposed in one
     * call, never shared. Drools' thread-safe session (its default) guards every insert and propagation for concurrent
     * use that never happens here.
     */
    private final KieSessionConfiguration sessionConfiguration;
    /** Compiled from the rule file's compiled form ({@link RuleOutput}): outputs reach the session's {@link RuleOutput}. */
    private final boolean recordsOutput;
    /** Subjects judged in one session at most: {@link #SUBJECTS_PER_SESSION}, or all of a call where a rule reads two. */
    private final int subjectsPerSession;
    private final List<String> criteria;
    private final Map<String, Integer> criterionOrder;
    private final RuleSetParameters parameters;
    private final List<String> ruleReferences;
    /** The reference of each rule by its name: one string per rule, shared by all its findings. */
    private final Map<String, String> referenceByName;
    /**
     * Per rule object of the rule base (which the engine hands to each insert event): its reference, and the criterion it
     * declares with its position in {@link #criteria}, so a finding needs no lookup by name or code.
     */
    private final Map<Rule, RuleEntry> entryByRule;

    /** A rule's reference and the criterion it declares ({@code null} and no position for a rule without one). */
    private record RuleEntry(String reference, String criterion, int position) {
    }

    /**
     * A rule set compiled from its text as written: what its rules insert is taken from working memory, and all the
     * subjects of a call are judged in one session.
     */
    CompiledRuleSet(RuleSetSource source, KieBase kieBase) {
        this(source, kieBase, false, false);
    }

    /**
     * A rule set compiled into {@code kieBase}. {@code recordsOutput}: compiled from its compiled form ({@link RuleOutput}),
     * whose consequences hand what they record to the {@link RuleOutput} global. {@code oneSubjectPerRule}: each of its
     * rules reads at most one subject (the validator's {@code Checked.oneSubjectPerRule}), so subjects may be judged in
     * sessions of {@value #SUBJECTS_PER_SESSION}.
     */
    CompiledRuleSet(RuleSetSource source, KieBase kieBase, boolean recordsOutput, boolean oneSubjectPerRule) {
        this.source = source;
        this.recordsOutput = recordsOutput;
        this.subjectsPerSession = oneSubjectPerRule ? SUBJECTS_PER_SESSION : Integer.MAX_VALUE;
        this.version = source.version();
        this.kieBase = kieBase;
        this.sessionConfiguration = KieServices.Factory.get().newKieSessionConfiguration();
        this.sessionConfiguration.setOption(ThreadSafeOption.NO);
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
        Map<Rule, RuleEntry> byRule = new IdentityHashMap<>();
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(rule -> {
            Object declared = rule.getMetaData().get("kriteria");
            String criterion = declared == null ? null : String.valueOf(declared);
            byRule.put(rule, new RuleEntry(ruleReference(rule.getName()), criterion, position(criterion)));
        }));
        this.entryByRule = byRule;
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

    /** Whether the rules hand what they record to a {@link RuleOutput} (compiled form) rather than to working memory. */
    boolean recordsOutput() {
        return recordsOutput;
    }

    /** At most how many subjects one session judges. */
    int subjectsPerSession() {
        return subjectsPerSession;
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

    /** Where {@code criterion} comes in {@link #criteria}; undeclared criteria after all declared ones. */
    private int position(String criterion) {
        return criterion == null ? Integer.MAX_VALUE : criterionOrder.getOrDefault(criterion, Integer.MAX_VALUE);
    }

    /** Stamps a finding inserted by {@code rule} with the rule's reference and its criterion's position. */
    private void stamp(CriterionFinding finding, Rule rule) {
        RuleEntry entry = entryByRule.get(rule);
        if (entry == null) {
            finding.stamp(ruleReference(rule.getName()), position(finding.getCriterion()));
        } else {
            finding.stamp(entry.reference(), finding.getCriterion().equals(entry.criterion()) ? entry.position()
                    : position(finding.getCriterion()));
        }
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
        int[] counts = new int[criteria.size()];
        if (findings != null) {
            for (CriterionFinding finding : findings) {
                int position = finding.isStamped() ? finding.criterionPosition() : position(finding.getCriterion());
                if (position < counts.length) {
                    counts[position]++;
                }
            }
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                throw new RuleSetException(source.name(), "Kriteria " + criteria.get(i) + " mencatat " + counts[i]
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
        List<? extends Subject> all = List.copyOf(subjects);
        List<CriterionFinding> unmatched = new ArrayList<>();
        if (parameters.isEmpty() || all.isEmpty()) {
            return byId(all, judgeInSessions(all, List.of(), unmatched), unmatched);
        }
        Map<Integer, List<Integer>> byYear = new TreeMap<>();
        for (int i = 0; i < all.size(); i++) {
            Subject subject = all.get(i);
            OptionalInt year = subject.evaluationYear();
            if (year.isEmpty()) {
                throw new RuleSetException(source.name(), "Aturan memakai parameter (" + String.join(", ", parameters.codes())
                        + "), tetapi tahun pelaporan fakta " + subject.getSubjectName() + " tidak diketahui, sehingga nilai"
                        + " parameter yang berlaku tidak dapat dipilih");
            }
            byYear.computeIfAbsent(year.getAsInt(), y -> new ArrayList<>()).add(i);
        }
        List<List<CriterionFinding>> judged = new ArrayList<>(Collections.nCopies(all.size(), null));
        byYear.forEach((year, positions) -> {
            List<List<CriterionFinding>> group = judgeInSessions(positions.stream().map(all::get).toList(), parametersFor(year),
                    unmatched);
            for (int i = 0; i < positions.size(); i++) {
                judged.set(positions.get(i), group.get(i));
            }
        });
        return byId(all, judged, unmatched);
    }

    /**
     * Judges each subject for reporting year {@code year}: as {@link #judge(Collection)}, with the
     * parameter values in force that year whatever year the subjects carry.
     *
     * @throws RuleSetException if a parameter has no value for {@code year}
     */
    public Map<Long, List<CriterionFinding>> judge(Collection<? extends Subject> subjects, int year) {
        List<? extends Subject> all = List.copyOf(subjects);
        List<CriterionFinding> unmatched = new ArrayList<>();
        return byId(all, all.isEmpty() ? List.of() : judgeInSessions(all, parametersFor(year), unmatched), unmatched);
    }

    /**
     * Judges each subject for reporting year {@code year}, as {@link #judge(Collection, int)}: the findings of the subject
     * at each position of {@code subjects} at the same position of the answer, in the order of {@link #getCriteria()}.
     * For judging many subjects (the batch job): no map by id is made.
     *
     * @throws RuleSetException if a parameter has no value for {@code year}
     */
    public List<List<CriterionFinding>> judgeEach(List<? extends Subject> subjects, int year) {
        return subjects.isEmpty() ? List.of() : judgeInSessions(subjects, parametersFor(year), new ArrayList<>());
    }

    /**
     * The findings of each subject (at its position), each session with all of {@code parameters}. When every rule reads
     * at most one subject, what a rule decides about a subject cannot depend on the others, so the subjects are judged
     * in sessions of at most {@value #SUBJECTS_PER_SESSION}: small sessions keep the engine's tables of facts, and the
     * grouping of the findings, small enough to stay in the processor's caches. A rule set with a rule that reads two
     * (e.g. {@code exists} over other cooperatives) judges all the subjects of the call in one session. A finding about an
     * object that is none of the subjects is added to {@code unmatched}.
     */
    private List<List<CriterionFinding>> judgeInSessions(List<? extends Subject> subjects, List<Parameter> parameters,
                                                         List<CriterionFinding> unmatched) {
        List<List<CriterionFinding>> judged = new ArrayList<>(subjects.size());
        for (int from = 0; from < subjects.size(); from += subjectsPerSession) {
            List<? extends Subject> session = subjects.subList(from, (int) Math.min(subjects.size(), (long) from + subjectsPerSession));
            List<Object> facts = new ArrayList<>(session.size() + parameters.size());
            facts.addAll(session);
            facts.addAll(parameters);
            judged.addAll(group(session, fire(facts, CriterionFinding.class), unmatched));
        }
        return judged;
    }

    /**
     * The findings of one session per subject, in criterion order. A finding holds the very subject object that was
     * inserted, so it is matched to its subject by identity (one lookup in a small map of the session's subjects).
     */
    private List<List<CriterionFinding>> group(List<? extends Subject> session, List<CriterionFinding> findings,
                                               List<CriterionFinding> unmatched) {
        int perSubject = Math.max(1, criteria.size());
        List<List<CriterionFinding>> lists = new ArrayList<>(session.size());
        Map<Subject, List<CriterionFinding>> byObject = new IdentityHashMap<>(Math.max(16, session.size()));
        for (Subject subject : session) {
            List<CriterionFinding> list = new ArrayList<>(perSubject);
            lists.add(list);
            // the same object twice in one call: both positions get its findings
            List<CriterionFinding> earlier = byObject.putIfAbsent(subject, list);
            if (earlier != null) {
                lists.set(lists.size() - 1, earlier);
            }
        }
        for (CriterionFinding finding : findings) {
            List<CriterionFinding> list = byObject.get(finding.getSubject());
            if (list == null) {
                unmatched.add(finding);
            } else {
                list.add(finding);
            }
        }
        byObject.values().forEach(this::sortByCriterion);
        return lists;
    }

    /**
     * The findings per subject id, in the order of the subjects; subjects sharing an id (the same entity in several
     * years) share one list, as do findings about an object that was not judged but has the id of one. An object given
     * twice counts once, as one fact in one session would.
     */
    private Map<Long, List<CriterionFinding>> byId(List<? extends Subject> subjects, List<List<CriterionFinding>> judged,
                                                   List<CriterionFinding> unmatched) {
        Map<Long, List<CriterionFinding>> byId = new LinkedHashMap<>(Math.max(16, subjects.size() * 4 / 3 + 1));
        Set<Subject> seen = Collections.newSetFromMap(new IdentityHashMap<>(Math.max(16, subjects.size())));
        for (int i = 0; i < subjects.size(); i++) {
            if (!seen.add(subjects.get(i))) {
                continue;
            }
            List<CriterionFinding> own = judged.get(i);
            List<CriterionFinding> shared = byId.putIfAbsent(subjects.get(i).getSubjectId(), own);
            if (shared != null && shared != own) {
                shared.addAll(own);
                sortByCriterion(shared);
            }
        }
        for (CriterionFinding finding : unmatched) {
            List<CriterionFinding> list = byId.computeIfAbsent(finding.getSubject().getSubjectId(),
                    id -> new ArrayList<>(Math.max(1, criteria.size())));
            list.add(finding);
            sortByCriterion(list);
        }
        return byId;
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
            CriterionFinding finding = findings.get(i);
            rank[i] = finding.isStamped() ? finding.criterionPosition() : position(finding.getCriterion());
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
     * One session over {@code facts}: the objects of class {@code output} the rules recorded, in the order they were
     * recorded, each finding stamped with the rule that recorded it. A rule set compiled from its
     * compiled form ({@link RuleOutput}) hands them to the session's {@link RuleOutput}; one compiled as written inserts
     * them into working memory, where the insert and delete events report them.
     */
    private <T> List<T> fire(Collection<?> facts, Class<T> output) {
        KieSession session = kieBase.newKieSession(sessionConfiguration, null);
        List<T> results = new ArrayList<>();
        try {
            if (recordsOutput) {
                session.setGlobal(RuleOutput.GLOBAL, new RuleOutput((object, rule) -> {
                    if (object instanceof CriterionFinding finding) {
                        stamp(finding, rule);
                    }
                    if (output.isInstance(object)) {
                        results.add(output.cast(object));
                    }
                }));
            } else {
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        Object object = event.getObject();
                        if (object instanceof CriterionFinding finding && event.getRule() != null) {
                            stamp(finding, event.getRule());
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
            }
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
