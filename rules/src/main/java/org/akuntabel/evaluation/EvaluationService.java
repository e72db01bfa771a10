package org.akuntabel.evaluation;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.scale.BandAssignment;
import org.akuntabel.planning.DocumentTarget;
import org.akuntabel.planning.Indicator;
import org.akuntabel.planning.IndicatorSource;
import org.akuntabel.planning.IndicatorTarget;
import org.akuntabel.registers.statistics.StatisticFigure;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Evaluates indicators into stored runs. A register-based indicator (COMPUTED) loads the subjects of
 * its register, judges them with the active criteria rule set and stores one determination with its
 * findings per subject. An indicator derived by formula (DERIVED) sums the parts of its statistic
 * figures. Either way the measurement is banded with the agency's scale rule set, the rule-set
 * versions and a digest of the data are recorded, and the run is stored in one transaction, visible
 * to readers only when complete.
 */
@Stateless
@Guarded
public class EvaluationService {

    private static final Logger LOG = Logger.getLogger(EvaluationService.class.getName());

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSetVersions versions;

    @Inject
    @Any
    private Instance<SubjectSource> subjectSources;

    /**
     * The latest completed run if it was computed from the current rule-set versions and the current
     * data; otherwise a new run.
     */
    public EvaluationRun ensureCurrent(String agencyCode, int year, String indicatorCode) {
        Inputs inputs = inputs(agencyCode, year, indicatorCode);
        Optional<EvaluationRun> latest = latestCompleted(inputs.agency(), year, indicatorCode);
        if (latest.isPresent() && inputs.matches(latest.get())) {
            return latest.get();
        }
        return run(inputs);
    }

    /** Evaluates anew: always a new run, even when nothing changed ("Hitung ulang"). */
    public EvaluationRun evaluate(String agencyCode, int year, String indicatorCode) {
        return run(inputs(agencyCode, year, indicatorCode));
    }

    /**
     * {@link #ensureCurrent(String, int, String)} for every indicator that can be evaluated for {@code year};
     * nothing (an empty list) when none can, as after a data change in a year without targets or data.
     */
    public List<EvaluationRun> ensureCurrent(String agencyCode, int year) {
        return evaluableIndicators(agencyCode, year).stream()
                .map(code -> ensureCurrent(agencyCode, year, code)).toList();
    }

    /** "Hitung ulang": a new run for every indicator that can be evaluated for {@code year}; none is a {@link NotFoundException}. */
    @Allowed({Role.OPERATOR, Role.KEBIJAKAN, Role.PIMPINAN})
    public List<EvaluationRun> evaluateAll(String agencyCode, int year) {
        List<String> codes = evaluableIndicators(agencyCode, year);
        if (codes.isEmpty()) {
            throw new NotFoundException("Tidak ada indikator yang dapat dinilai untuk tahun " + year
                    + " pada instansi " + agencyCode);
        }
        return codes.stream().map(code -> evaluate(agencyCode, year, code)).toList();
    }

    /**
     * Whether an indicator is evaluated (rather than shown as published) for a year: a register-based
     * one when the year has a target and its denominator figure, one derived by formula when the year
     * has numerator figures.
     */
    public boolean isEvaluable(Indicator indicator, int year) {
        return switch (indicator.getSource()) {
            case COMPUTED -> agreedTarget(indicator, year).isPresent()
                    && !figures(indicator.getAgency(), year, indicator.getDenominatorCount()).isEmpty();
            case DERIVED -> !figures(indicator.getAgency(), year, indicator.getNumeratorFigure()).isEmpty();
            case ENTERED -> false;
        };
    }

    /** The years the agency has evaluation runs for, oldest first. */
    public List<Integer> evaluatedYears(String agencyCode) {
        return em.createQuery("SELECT DISTINCT r.year FROM EvaluationRun r WHERE r.agency = :agency ORDER BY r.year", Integer.class)
                .setParameter("agency", agency(em, agencyCode)).getResultList();
    }

    /** The codes of the indicators that can be evaluated for {@code year}, in display order. */
    public List<String> evaluableIndicators(String agencyCode, int year) {
        Agency agency = agency(em, agencyCode);
        return em.createNamedQuery("Indicator.findByAgency", Indicator.class)
                .setParameter("agency", agency).getResultList().stream()
                .filter(indicator -> isEvaluable(indicator, year))
                .map(Indicator::getCode).toList();
    }

    public Optional<EvaluationRun> latestCompleted(Agency agency, int year, String indicatorCode) {
        return em.createNamedQuery("EvaluationRun.latestCompleted", EvaluationRun.class)
                .setParameter("agency", agency)
                .setParameter("year", year)
                .setParameter("indicator", indicatorCode)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** What an evaluation would give, without storing anything: the measurement, bands and each entity's findings. */
    public record Preview(Measurement measurement, Band band, Band valueBand, String arithmetic, String numeratorSource,
                          boolean provisional, List<Judged> entities, CompiledRuleSet criteria, CompiledRuleSet scale,
                          CompiledRuleSet valueScale) {
    }

    /** One entity judged: whether it counts and its findings. */
    public record Judged(long id, String name, boolean counted, List<Finding> findings) {
    }

    /**
     * Evaluates an indicator with some rule sets replaced (by name), storing nothing: the "what-if" of a draft.
     * Without replacements it gives what a new run would store.
     */
    public Preview preview(String agencyCode, int year, String indicatorCode, Map<String, CompiledRuleSet> replacements) {
        return compute(inputs(agencyCode, year, indicatorCode, replacements));
    }

    private Preview compute(Inputs inputs) {
        Indicator indicator = inputs.indicator();
        Measurement measurement;
        String arithmetic;
        String numeratorSource;
        boolean provisional;
        List<Judged> entities = List.of();
        if (inputs.criteria() != null) {
            entities = judge(inputs);
            long counted = entities.stream().filter(Judged::counted).count();
            measurement = Measurement.ofPercentage(BigDecimal.valueOf(counted), inputs.denominator(), inputs.target(),
                    indicator.getPolarity());
            arithmetic = counted + " ÷ " + number(inputs.denominator()) + " × 100 = " + fixed(measurement.getRealisation());
            numeratorSource = "Register " + indicator.getSubjectRegister() + ": " + counted + " dari "
                    + inputs.subjects().size() + " entitas memenuhi semua kriteria aturan " + inputs.criteria().getName();
            provisional = false;
        } else {
            BigDecimal numerator = sum(inputs.numeratorFigures());
            measurement = indicator.getDenominatorCount() == null
                    ? Measurement.ofValue(numerator, indicator.getMultiplier(), inputs.target(), indicator.getPolarity())
                    : Measurement.ofRatio(numerator, inputs.denominator(), indicator.getMultiplier(), inputs.target(),
                    indicator.getPolarity());
            arithmetic = formulaArithmetic(indicator, inputs, measurement);
            numeratorSource = provenance(inputs.numeratorFigures());
            provisional = inputs.numeratorFigures().stream().anyMatch(StatisticFigure::isProvisional)
                    || (indicator.getExpectedParts() != null && inputs.numeratorFigures().size() < indicator.getExpectedParts());
        }
        Band band = inputs.scale().band(measurement.getAchievement()).map(BandAssignment::toBand).orElse(null);
        Band valueBand = inputs.valueScale() == null ? null
                : inputs.valueScale().band(measurement.getRealisation()).map(BandAssignment::toBand).orElse(null);
        return new Preview(measurement, band, valueBand, arithmetic, numeratorSource, provisional, entities, inputs.criteria(),
                inputs.scale(), inputs.valueScale());
    }

    private EvaluationRun run(Inputs inputs) {
        Indicator indicator = inputs.indicator();
        Preview outcome = compute(inputs);
        EvaluationRun run = new EvaluationRun(inputs.agency(), inputs.year(), indicator.getCode(), indicator.getSource(),
                inputs.criteria() == null ? null : inputs.criteria().getName(),
                inputs.criteria() == null ? null : inputs.criteria().getVersion(), inputs.dataDigest());
        em.persist(run);
        for (Judged judged : outcome.entities()) {
            em.persist(Determination.derivedFrom(run, indicator.getSubjectRegister(), judged.id(), judged.name(),
                    inputs.criteria().getCriteria(), judged.findings()));
        }
        run.explain(outcome.numeratorSource(), outcome.arithmetic(), outcome.provisional(), outcome.valueBand(),
                inputs.valueScale() == null ? null : inputs.valueScale().getVersion());
        run.complete(outcome.measurement(), inputs.denominatorSource(), outcome.band(), inputs.scale().getName(),
                inputs.scale().getVersion());
        for (CompiledRuleSet rules : new CompiledRuleSet[]{inputs.criteria(), inputs.scale(), inputs.valueScale()}) {
            if (rules != null) {
                versions.record(rules);
            }
        }
        LOG.info(() -> "Evaluated " + indicator.getCode() + " " + inputs.agency().getCode() + "/" + inputs.year() + ": "
                + outcome.arithmetic() + ", achievement " + outcome.measurement().getAchievement() + ", band " + outcome.band());
        return run;
    }

    /** Judges every subject: its findings (exactly one per criterion) and whether it counts. */
    private List<Judged> judge(Inputs inputs) {
        Map<Long, List<CriterionFinding>> judged = inputs.criteria().judge(inputs.subjects(), inputs.year());
        List<Judged> entities = new ArrayList<>();
        for (Subject subject : inputs.subjects()) {
            List<CriterionFinding> findings = judged.get(subject.getSubjectId());
            inputs.criteria().requireOneFindingPerCriterion(subject, findings);
            List<Finding> recorded = findings.stream().map(CriterionFinding::toFinding).toList();
            entities.add(new Judged(subject.getSubjectId(), subject.getSubjectName(),
                    Determination.counts(inputs.criteria().getCriteria(), recorded), recorded));
        }
        return entities;
    }

    /** E.g. {@code (1.554,65 + 1.624,49 + 1.603,87) × 1.000 ÷ 70.363 = 67,98} or {@code 21,6 + 21,6 + 10,8 + 17,5 = 71,50}. */
    private static String formulaArithmetic(Indicator indicator, Inputs inputs, Measurement measurement) {
        List<StatisticFigure> parts = inputs.numeratorFigures();
        String sum = parts.stream().map(f -> number(f.getValue())).collect(Collectors.joining(" + "));
        boolean scaled = indicator.getMultiplier().compareTo(BigDecimal.ONE) != 0;
        boolean divided = indicator.getDenominatorCount() != null;
        StringBuilder text = new StringBuilder();
        text.append(parts.size() > 1 && (scaled || divided) ? "(" + sum + ")" : sum);
        if (scaled) {
            text.append(" × ").append(number(indicator.getMultiplier()));
        }
        if (divided) {
            text.append(" ÷ ").append(number(inputs.denominator()));
        }
        return text.append(" = ").append(fixed(measurement.getRealisation())).toString();
    }

    private CompiledRuleSet rules(String name, Agency agency, int year, Map<String, CompiledRuleSet> overrides) {
        CompiledRuleSet override = overrides.get(name);
        return override != null ? override : catalog.inForce(name, agency, year);
    }

    private Inputs inputs(String agencyCode, int year, String indicatorCode) {
        return inputs(agencyCode, year, indicatorCode, Map.of());
    }

    private Inputs inputs(String agencyCode, int year, String indicatorCode, Map<String, CompiledRuleSet> overrides) {
        Agency agency = agency(em, agencyCode);
        Indicator indicator = indicator(em, agency, indicatorCode);
        if (indicator.getSource() == IndicatorSource.ENTERED) {
            throw new IllegalArgumentException("Indikator " + indicatorCode + " tidak dihitung: angkanya dimasukkan dari dokumen");
        }
        BigDecimal target = agreedTarget(indicator, year).orElse(null);
        List<StatisticFigure> denominatorFigures = indicator.getDenominatorCount() == null ? List.of()
                : figures(agency, year, indicator.getDenominatorCount());
        BigDecimal denominator = sum(denominatorFigures);
        String denominatorSource = indicator.getDenominatorCount() == null ? null
                : denominatorFigures.isEmpty() ? "Tidak ada data " + indicator.getDenominatorCount() + " untuk tahun " + year
                : "Angka yang dimasukkan (" + indicator.getDenominatorCount() + "): " + provenance(denominatorFigures);
        CompiledRuleSet scale = rules(agency.getScaleRuleSet(), agency, year, overrides);
        CompiledRuleSet valueScale = indicator.getValueScaleRuleSet() == null ? null
                : rules(indicator.getValueScaleRuleSet(), agency, year, overrides);

        if (indicator.getSource() == IndicatorSource.COMPUTED) {
            SubjectSource source = subjectSources.stream()
                    .filter(s -> s.register().equals(indicator.getSubjectRegister()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Tidak ada register '" + indicator.getSubjectRegister() + "'"));
            List<? extends Subject> subjects = source.load(agency, year).stream()
                    .sorted(Comparator.comparingLong(Subject::getSubjectId)).toList();
            List<String> canonical = new ArrayList<>(subjects.stream().map(Subject::canonicalForm).toList());
            return new Inputs(agency, year, indicator, subjects, List.of(), denominator, denominatorSource, target,
                    rules(indicator.getCriteriaRuleSet(), agency, year, overrides), scale, valueScale,
                    digest(canonical, denominatorFigures, target));
        }
        List<StatisticFigure> numeratorFigures = figures(agency, year, indicator.getNumeratorFigure());
        List<String> canonical = numeratorFigures.stream().map(EvaluationService::canonical).toList();
        return new Inputs(agency, year, indicator, List.of(), numeratorFigures, denominator, denominatorSource, target,
                null, scale, valueScale, digest(canonical, denominatorFigures, target));
    }

    private List<StatisticFigure> figures(Agency agency, int year, String code) {
        return em.createNamedQuery("StatisticFigure.find", StatisticFigure.class)
                .setParameter("agency", agency).setParameter("year", year).setParameter("code", code)
                .getResultList();
    }

    /**
     * The target an indicator is measured against in {@code year}: the annual target of the latest
     * revision of that year's Perjanjian Kinerja when it sets one, otherwise the yearly (Renstra) target.
     */
    public Optional<BigDecimal> agreedTarget(Indicator indicator, int year) {
        Optional<BigDecimal> agreed = em.createQuery("SELECT t FROM DocumentTarget t WHERE t.indicator = :indicator"
                        + " AND t.document.year = :year AND t.document.kind = org.akuntabel.planning.DocumentKind.PK"
                        + " AND t.annual IS NOT NULL ORDER BY t.document.revision DESC", DocumentTarget.class)
                .setParameter("indicator", indicator).setParameter("year", year).setMaxResults(1)
                .getResultStream().findFirst().map(DocumentTarget::getAnnual);
        return agreed.isPresent() ? agreed : target(indicator, year).map(IndicatorTarget::getValue);
    }

    private Optional<IndicatorTarget> target(Indicator indicator, int year) {
        return em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class)
                .setParameter("indicator", indicator)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    private static BigDecimal sum(List<StatisticFigure> figures) {
        return figures.isEmpty() ? null : figures.stream().map(StatisticFigure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The distinct sources of the figures used, in one line. */
    static String provenance(List<StatisticFigure> figures) {
        Set<String> sources = new LinkedHashSet<>();
        figures.forEach(f -> sources.add(f.getProvenance() == null ? "(tanpa sumber)" : f.getProvenance().describe()));
        return String.join("; ", sources);
    }

    private static String canonical(StatisticFigure figure) {
        return String.join("|", figure.getCode(), Integer.toString(figure.getYear()), figure.getPart(),
                figure.getValue().stripTrailingZeros().toPlainString(), Boolean.toString(figure.isProvisional()));
    }

    private static String number(BigDecimal value) {
        return value == null ? "(tidak ada data)" : IndonesianFormat.number(value, 4);
    }

    private static String fixed(BigDecimal value) {
        return value == null ? "tidak dapat dihitung" : IndonesianFormat.fixed(value, 2);
    }

    /** SHA-256 over the canonical form of every fact the evaluation reads: subjects or figures, denominator and target. */
    static String digest(List<String> canonicalFacts, List<StatisticFigure> denominator, BigDecimal target) {
        StringBuilder canonical = new StringBuilder();
        canonicalFacts.forEach(line -> canonical.append(line).append('\n'));
        denominator.forEach(f -> canonical.append("denominator:").append(canonical(f)).append('\n'));
        canonical.append("target=").append(target == null ? "null" : target.stripTrailingZeros().toPlainString());
        return RuleSetSource.sha256(canonical.toString());
    }

    static Agency agency(EntityManager em, String code) {
        return Agencies.byCode(em, code);
    }

    static Indicator indicator(EntityManager em, Agency agency, String code) {
        return em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class)
                .setParameter("agency", agency).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Indikator '" + code + "' tidak dikenal untuk instansi " + agency.getCode()));
    }

    /** Everything one evaluation reads, and the digest of the data part of it. */
    private record Inputs(Agency agency, int year, Indicator indicator, List<? extends Subject> subjects,
                          List<StatisticFigure> numeratorFigures, BigDecimal denominator, String denominatorSource,
                          BigDecimal target, CompiledRuleSet criteria, CompiledRuleSet scale, CompiledRuleSet valueScale,
                          String dataDigest) {

        boolean matches(EvaluationRun run) {
            return (criteria == null ? run.getRuleSetVersion() == null : criteria.getVersion().equals(run.getRuleSetVersion()))
                    && scale.getVersion().equals(run.getScaleVersion())
                    && (valueScale == null ? run.getValueScaleVersion() == null
                    : valueScale.getVersion().equals(run.getValueScaleVersion()))
                    && dataDigest.equals(run.getDataDigest());
        }
    }
}
