package org.akuntabel.evaluation.policy;

import org.akuntabel.access.AccessDeniedException;
import org.akuntabel.access.Allowed;
import org.akuntabel.access.Caller;
import org.akuntabel.access.Callers;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.evaluation.FactModel;
import org.akuntabel.evaluation.scale.ScaleVerification;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.Recomputation;
import org.akuntabel.evaluation.RuleMessage;
import org.akuntabel.evaluation.RuleSetActivation;
import org.akuntabel.evaluation.RuleSetCatalog;
import org.akuntabel.evaluation.RuleSetDraft;
import org.akuntabel.evaluation.RuleSetException;
import org.akuntabel.evaluation.RuleSetSource;
import org.akuntabel.evaluation.RuleSetTestSuite;
import org.akuntabel.evaluation.RuleSetVersion;
import org.akuntabel.evaluation.RuleSets;
import org.akuntabel.planning.Indicator;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Drafts, tests, activations and history of rule sets. A draft is stored only after it passed the allow-list
 * validation and compiled; activation requires its test cases to pass and to cover every criterion with a
 * MET, a NOT_MET and a NO_DATA case, and a scale to give every value of its range exactly one band (no gap, no
 * overlap). Activation never changes a stored result: the years it applies to are
 * re-evaluated in the background as new runs, and readers see the previous runs until the new ones are done.
 */
@Stateless
@Guarded
public class RuleSetPolicy {

    private static final Logger LOG = Logger.getLogger(RuleSetPolicy.class.getName());

    /** A stored draft: its id and version (content hash). */
    @JsonbPropertyOrder({"draftId", "version"})
    public record DraftCreated(long draftId, String version) {
    }

    /** The result of a rule set's own test cases. */
    @JsonbPropertyOrder({"passed", "cases", "coverage"})
    public record TestReport(boolean passed, List<RuleSetTestSuite.CaseResult> cases, List<String> coverage) implements Serializable {
    }

    /** One activation in the log. */
    @JsonbPropertyOrder({"id", "version", "effectiveFrom", "agency", "author", "note", "activatedAt", "draftId"})
    public record ActivationView(long id, String version, int effectiveFrom, String agency, String author, String note,
                                 Instant activatedAt, Long draftId) implements Serializable {
    }

    /** One draft. */
    @JsonbPropertyOrder({"draftId", "version", "basedOn", "author", "note", "createdAt"})
    public record DraftView(long draftId, String version, String basedOn, String author, String note, Instant createdAt,
                            String approvedBy, Instant approvedAt) implements Serializable {
    }

    /** A rule set: the version in force for every agency this year, its text, activations and drafts. */
    @JsonbPropertyOrder({"name", "shippedVersion", "activeVersion", "activeText", "activeTestCases", "activations", "drafts"})
    public record RuleSetView(String name, String shippedVersion, String activeVersion, String activeText, String activeTestCases,
                              List<ActivationView> activations, List<DraftView> drafts) implements Serializable {
    }

    /** A rule set in the list. */
    @JsonbPropertyOrder({"name", "activeVersion", "activations", "drafts"})
    public record RuleSetSummary(String name, String activeVersion, int activations, int drafts) implements Serializable {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private RuleSets ruleSets;

    @Inject
    private Callers callers;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private Recomputation recomputation;

    /** Every rule set shipped with the application, with the version in force for every agency this year. */
    public List<RuleSetSummary> list() {
        return ShippedRuleSets.names(getClass().getClassLoader()).stream().map(name -> new RuleSetSummary(name,
                general(name, Year.now().getValue()).version(), activations(name).size(), drafts(name).size())).toList();
    }

    /** The rule set with the version in force for every agency in {@code year}. */
    public RuleSetView view(String name, int year) {
        RuleSetSource shipped = ruleSets.shipped(name);
        RuleSetSource active = general(name, year);
        return new RuleSetView(name, shipped.version(), active.version(), active.text(), active.testCases(),
                activations(name).stream().map(RuleSetPolicy::view).toList(),
                drafts(name).stream().map(RuleSetPolicy::view).toList());
    }

    /** A stored version's text (shipped, activated, evaluated or drafted). */
    public RuleSetSource version(String name, String hash) {
        return drafts(name).stream().filter(d -> d.getContentHash().equals(hash)).findFirst()
                .map(this::source)
                .orElseGet(() -> catalog.version(name, hash));
    }

    /** A unified diff between two versions, line by line. */
    public String diff(String name, String from, String to) {
        List<String> a = Arrays.asList(version(name, from).text().split("\n", -1));
        List<String> b = Arrays.asList(version(name, to).text().split("\n", -1));
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(name + "@" + from.substring(0, 12),
                name + "@" + to.substring(0, 12), a, DiffUtils.diff(a, b), 3));
    }

    /**
     * Stores a draft of rule set {@code name} after validating and compiling it; its test cases default to those
     * of the version in force. An invalid text is refused with line-numbered messages and nothing is stored.
     */
    @Allowed(Role.KEBIJAKAN)
    public DraftCreated submit(String name, String text, String testCases, String author, String note) {
        return submit(name, text, testCases, null, author, note);
    }

    /**
     * As {@link #submit(String, String, String, String, String)}, with the draft's own parameters
     * ({@code parameters.json}; default: those of the version in force).
     */
    @Allowed(Role.KEBIJAKAN)
    public DraftCreated submit(String name, String text, String testCases, String parameters, String author, String note) {
        RuleSetSource current = general(name, Year.now().getValue());
        if (text == null || text.isBlank()) {
            throw new RuleSetException(name, List.of(new RuleMessage(1, 0, "Berkas aturan kosong")));
        }
        RuleSetSource draft = new RuleSetSource(name, text, testCases == null || testCases.isBlank() ? current.testCases() : testCases,
                parameters == null || parameters.isBlank() ? current.parameters() : parameters);
        ruleSets.compiled(draft);          // validation against the allow-list, then compilation with a time limit
        RuleSetTestSuite.parse(name, draft.testCases());
        RuleSetDraft stored = new RuleSetDraft(name, draft.version(), draft.text(), draft.testCases(), draft.parameters(), current.version(),
                callers.author(author), blankToNull(note));
        em.persist(stored);
        em.flush();
        LOG.info(() -> "Draft " + stored.getId() + " of rule set " + name + " stored: " + draft.version());
        return new DraftCreated(stored.getId(), draft.version());
    }

    /** Runs the draft's test cases ("Uji aturan") and checks they cover every criterion. */
    @Allowed(Role.KEBIJAKAN)
    public TestReport test(String name, long draftId) {
        return test(source(draft(name, draftId)));
    }

    /** Runs a version's test cases and coverage check. */
    public TestReport test(RuleSetSource source) {
        CompiledRuleSet compiled = ruleSets.compiled(source);
        RuleSetTestSuite suite = RuleSetTestSuite.parse(source.name(), source.testCases());
        List<RuleSetTestSuite.CaseResult> results = suite.getCases().stream().map(c -> suite.run(compiled, c)).toList();
        List<String> coverage = new ArrayList<>(suite.coverageProblems(compiled));
        if (suite.getModel() == FactModel.CAPAIAN) {
            // an achievement scale must band everything from 0 to well above 100; a value scale (predicate,
            // category) everything from 0 to 100 — each value exactly once
            BigDecimal upTo = source.name().startsWith("skala-capaian-") ? new BigDecimal("200") : new BigDecimal("100");
            coverage.addAll(ScaleVerification.check(compiled, BigDecimal.ZERO, upTo, new BigDecimal("0.5")));
        }
        boolean passed = results.stream().allMatch(RuleSetTestSuite.CaseResult::passed) && coverage.isEmpty();
        return new TestReport(passed, results, coverage);
    }

    /**
     * Approves a draft for activation: the second pair of eyes. The approver is policy staff or admin and not the
     * draft's author; the draft's tests must pass.
     */
    @Allowed(Role.KEBIJAKAN)
    public DraftView approve(String name, long draftId) {
        RuleSetDraft draft = draft(name, draftId);
        Caller caller = callers.current();
        if (!caller.system() && caller.name().equals(draft.getAuthor())) {
            throw new AccessDeniedException("Draf harus disetujui oleh pengguna lain, bukan penyusunnya (" + draft.getAuthor() + ")");
        }
        if (draft.getApprovedBy() != null) {
            throw new RuleSetException(name, "Draf " + draftId + " sudah disetujui oleh " + draft.getApprovedBy());
        }
        requireTestsPass(source(draft));
        draft.approve(caller.name());
        em.flush();
        return view(draft);
    }

    /**
     * Puts a draft in force from {@code effectiveFrom} (for one agency when {@code agencyCode} is given). Refused,
     * with the active version unchanged, when its tests fail or do not cover every criterion.
     */
    @Allowed(Role.KEBIJAKAN)
    public ActivationView activate(String name, long draftId, int effectiveFrom, String agencyCode, String author, String note) {
        RuleSetDraft draft = draft(name, draftId);
        if (draft.getApprovedBy() == null) {
            throw new RuleSetException(name, "Draf " + draftId + " belum disetujui: aktivasi perlu persetujuan pengguna kebijakan "
                    + "atau admin lain selain penyusunnya");
        }
        RuleSetSource source = source(draft);
        requireTestsPass(source);
        record(source);
        return activateVersion(name, source.version(), effectiveFrom, agencyCode, draft, author, note);
    }

    /** Puts a stored version (e.g. an older one) in force again: a new activation in the log. */
    @Allowed(Role.KEBIJAKAN)
    public ActivationView reactivate(String name, String hash, int effectiveFrom, String agencyCode, String author, String note) {
        RuleSetSource source = catalog.version(name, hash);
        requireTestsPass(source);
        return activateVersion(name, hash, effectiveFrom, agencyCode, null, author, note);
    }

    private ActivationView activateVersion(String name, String hash, int effectiveFrom, String agencyCode, RuleSetDraft draft,
                                           String author, String note) {
        if (effectiveFrom < 2000 || effectiveFrom > 2100) {
            throw new RuleSetException(name, "Tahun berlaku " + effectiveFrom + " tidak wajar");
        }
        Agency agency = agencyCode == null || agencyCode.isBlank() ? null : Agencies.byCode(em, agencyCode);
        RuleSetActivation activation = new RuleSetActivation(name, hash, effectiveFrom, agency, draft,
                callers.author(author), blankToNull(note));
        em.persist(activation);
        em.flush();
        LOG.info(() -> "Rule set " + name + " version " + hash + " activated from " + effectiveFrom
                + (agency == null ? " for every agency" : " for " + agency.getCode()));
        reevaluateAfterActivation(name, agency, effectiveFrom);
        return view(activation);
    }

    /** Starts background re-evaluation of every evaluated year from {@code effectiveFrom} of the agencies using the rule set. */
    private void reevaluateAfterActivation(String name, Agency only, int effectiveFrom) {
        List<Agency> agencies = only != null ? List.of(only)
                : em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
        for (Agency agency : agencies) {
            if (!uses(agency, name)) {
                continue;
            }
            for (int year : evaluations.evaluatedYears(agency.getCode())) {
                if (year >= effectiveFrom) {
                    try {
                        recomputation.start(agency.getCode(), year);
                    } catch (NotFoundException nothingToEvaluate) {
                        // no indicator can be evaluated for that year any more: nothing to refresh
                    }
                }
            }
        }
    }

    private boolean uses(Agency agency, String name) {
        return name.equals(agency.getScaleRuleSet()) || em.createNamedQuery("Indicator.findByAgency", Indicator.class)
                .setParameter("agency", agency).getResultStream()
                .anyMatch(i -> name.equals(i.getCriteriaRuleSet()) || name.equals(i.getValueScaleRuleSet()));
    }

    private void requireTestsPass(RuleSetSource source) {
        TestReport report = test(source);
        if (!report.passed()) {
            List<RuleMessage> problems = new ArrayList<>();
            report.cases().stream().filter(c -> !c.passed())
                    .forEach(c -> problems.add(new RuleMessage(0, 0, "Kasus uji gagal: " + c.name() + " — " + c.message())));
            report.coverage().forEach(p -> problems.add(new RuleMessage(0, 0, p)));
            throw new RuleSetException(source.name(), problems);
        }
    }

    /** Records the version's text and tests so that it stays readable whatever happens to the draft. */
    private void record(RuleSetSource source) {
        boolean known = !em.createNamedQuery("RuleSetVersion.find", RuleSetVersion.class).setParameter("name", source.name())
                .setParameter("hash", source.version()).getResultList().isEmpty();
        if (!known) {
            em.persist(new RuleSetVersion(source.name(), source.version(), source.text(), source.testCases(), source.parameters()));
        }
    }

    /** The version in force for every agency (no agency-specific activation) in {@code year}. */
    private RuleSetSource general(String name, int year) {
        RuleSetSource shipped = ruleSets.shipped(name);
        return activations(name).stream().filter(a -> a.getAgency() == null && a.getEffectiveFrom() <= year)
                .max(java.util.Comparator.comparingInt(RuleSetActivation::getEffectiveFrom).thenComparingLong(RuleSetActivation::getId))
                .map(catalog::source).orElse(shipped);
    }

    public RuleSetDraft draft(String name, long draftId) {
        RuleSetDraft draft = em.find(RuleSetDraft.class, draftId);
        if (draft == null || !draft.getName().equals(name)) {
            throw new NotFoundException("Draf " + draftId + " dari aturan '" + name + "' tidak ada");
        }
        return draft;
    }

    public RuleSetSource source(RuleSetDraft draft) {
        return new RuleSetSource(draft.getName(), draft.getContent(), draft.getTestCases(), draft.getParameters());
    }

    private List<RuleSetActivation> activations(String name) {
        ruleSets.shipped(name);
        return em.createNamedQuery("RuleSetActivation.findByName", RuleSetActivation.class).setParameter("name", name).getResultList();
    }

    private List<RuleSetDraft> drafts(String name) {
        return em.createNamedQuery("RuleSetDraft.findByName", RuleSetDraft.class).setParameter("name", name).getResultList();
    }

    private static ActivationView view(RuleSetActivation a) {
        return new ActivationView(a.getId(), a.getContentHash(), a.getEffectiveFrom(), a.getAgency() == null ? null : a.getAgency().getCode(),
                a.getAuthor(), a.getNote(), a.getActivatedAt(), a.getDraft() == null ? null : a.getDraft().getId());
    }

    private static DraftView view(RuleSetDraft d) {
        return new DraftView(d.getId(), d.getContentHash(), d.getBasedOn(), d.getAuthor(), d.getNote(), d.getCreatedAt(),
                d.getApprovedBy(), d.getApprovedAt());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
