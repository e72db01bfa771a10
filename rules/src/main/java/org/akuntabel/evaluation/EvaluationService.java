package org.akuntabel.evaluation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agency;
import org.akuntabel.planning.Indicator;
import org.akuntabel.planning.IndicatorTarget;
import org.akuntabel.registers.AggregateCount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Evaluates register-based indicators: loads the subjects of the indicator's register, judges them
 * with the active criteria rule set, stores one determination with its findings per subject, computes
 * the measurement and bands it with the agency's scale rule set. The whole run is stored in one
 * transaction and becomes visible to readers only when complete.
 */
@Stateless
public class EvaluationService {

    private static final Logger LOG = Logger.getLogger(EvaluationService.class.getName());

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private RuleSets ruleSets;

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

    /** {@link #ensureCurrent(String, int, String)} for every register-based indicator with a target for {@code year}. */
    public List<EvaluationRun> ensureCurrent(String agencyCode, int year) {
        return registerIndicators(agencyCode, year).stream()
                .map(code -> ensureCurrent(agencyCode, year, code)).toList();
    }

    /** "Hitung ulang": a new run for every register-based indicator with a target for {@code year}. */
    public List<EvaluationRun> evaluateAll(String agencyCode, int year) {
        return registerIndicators(agencyCode, year).stream()
                .map(code -> evaluate(agencyCode, year, code)).toList();
    }

    private List<String> registerIndicators(String agencyCode, int year) {
        Agency agency = agency(em, agencyCode);
        List<String> codes = new ArrayList<>();
        for (Indicator indicator : em.createNamedQuery("Indicator.findByAgency", Indicator.class)
                .setParameter("agency", agency).getResultList()) {
            if (indicator.getCriteriaRuleSet() != null && target(indicator, year).isPresent()) {
                codes.add(indicator.getCode());
            }
        }
        if (codes.isEmpty()) {
            throw new NotFoundException("Tidak ada indikator berbasis register dengan target tahun " + year
                    + " untuk instansi " + agencyCode);
        }
        return codes;
    }

    public Optional<EvaluationRun> latestCompleted(Agency agency, int year, String indicatorCode) {
        return em.createNamedQuery("EvaluationRun.latestCompleted", EvaluationRun.class)
                .setParameter("agency", agency)
                .setParameter("year", year)
                .setParameter("indicator", indicatorCode)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    private EvaluationRun run(Inputs inputs) {
        Indicator indicator = inputs.indicator();
        EvaluationRun run = new EvaluationRun(inputs.agency(), inputs.year(), indicator.getCode(),
                inputs.criteria().getName(), inputs.criteria().getVersion(), inputs.dataDigest());
        em.persist(run);

        Map<Long, List<CriterionFinding>> judged = inputs.criteria().judge(inputs.subjects());
        int counted = 0;
        for (Subject subject : inputs.subjects()) {
            List<CriterionFinding> findings = judged.get(subject.getSubjectId());
            requireOneFindingPerCriterion(inputs.criteria(), subject, findings);
            Determination determination = Determination.derivedFrom(run, indicator.getSubjectRegister(),
                    subject.getSubjectId(), subject.getSubjectName(), inputs.criteria().getCriteria(),
                    findings.stream().map(CriterionFinding::toFinding).toList());
            em.persist(determination);
            if (determination.isCounted()) {
                counted++;
            }
        }
        Measurement measurement = Measurement.ofPercentage(BigDecimal.valueOf(counted), inputs.denominator(),
                inputs.target(), indicator.getPolarity());
        Band band = inputs.scale().band(measurement.getAchievement()).map(b -> b.toBand()).orElse(null);
        run.complete(measurement, inputs.denominatorSource(), band, inputs.scale().getName(), inputs.scale().getVersion());
        recordVersion(inputs.criteria());
        recordVersion(inputs.scale());
        LOG.info(() -> "Evaluated " + indicator.getCode() + " " + inputs.agency().getCode() + "/" + inputs.year() + ": "
                + measurement.getNumerator() + " of " + inputs.subjects().size() + " counted, realisation "
                + measurement.getRealisation() + ", achievement " + measurement.getAchievement() + ", band " + band);
        return run;
    }

    private static void requireOneFindingPerCriterion(CompiledRuleSet rules, Subject subject, List<CriterionFinding> findings) {
        for (String criterion : rules.getCriteria()) {
            long count = findings.stream().filter(f -> f.getCriterion().equals(criterion)).count();
            if (count != 1) {
                throw new RuleSetException(rules.getName(), "Kriteria " + criterion + " mencatat " + count
                        + " temuan untuk " + subject.getSubjectName() + " (harus tepat satu)");
            }
        }
    }

    private void recordVersion(CompiledRuleSet rules) {
        boolean known = !em.createNamedQuery("RuleSetVersion.find", RuleSetVersion.class)
                .setParameter("name", rules.getName())
                .setParameter("hash", rules.getVersion())
                .getResultList().isEmpty();
        if (!known) {
            em.persist(new RuleSetVersion(rules.getName(), rules.getVersion(), rules.getSource().text()));
        }
    }

    private Inputs inputs(String agencyCode, int year, String indicatorCode) {
        Agency agency = agency(em, agencyCode);
        Indicator indicator = indicator(em, agency, indicatorCode);
        if (indicator.getCriteriaRuleSet() == null) {
            throw new IllegalArgumentException("Indikator " + indicatorCode + " tidak dihitung dari register");
        }
        SubjectSource source = subjectSources.stream()
                .filter(s -> s.register().equals(indicator.getSubjectRegister()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Tidak ada register '" + indicator.getSubjectRegister() + "'"));
        List<? extends Subject> subjects = source.load(agency, year).stream()
                .sorted(Comparator.comparingLong(Subject::getSubjectId)).toList();
        Optional<AggregateCount> denominator = em.createNamedQuery("AggregateCount.find", AggregateCount.class)
                .setParameter("agency", agency)
                .setParameter("year", year)
                .setParameter("code", indicator.getDenominatorCount())
                .getResultStream().findFirst();
        BigDecimal target = target(indicator, year).map(IndicatorTarget::getValue).orElse(null);
        BigDecimal denominatorValue = denominator.map(AggregateCount::getValue).orElse(null);
        return new Inputs(agency, year, indicator, subjects, denominatorValue,
                denominator.map(d -> "Angka yang dimasukkan (" + d.getCode() + "): " + d.getProvenance().describe())
                        .orElse("Tidak ada data " + indicator.getDenominatorCount() + " untuk tahun " + year),
                target,
                ruleSets.active(indicator.getCriteriaRuleSet()),
                ruleSets.active(agency.getScaleRuleSet()),
                digest(subjects, denominatorValue, target));
    }

    /** SHA-256 over the canonical form of every fact the rules read, the denominator and the target. */
    static String digest(List<? extends Subject> subjects, BigDecimal denominator, BigDecimal target) {
        StringBuilder canonical = new StringBuilder();
        subjects.forEach(s -> canonical.append(s.canonicalForm()).append('\n'));
        canonical.append("denominator=").append(denominator == null ? "null" : denominator.stripTrailingZeros().toPlainString())
                .append("\ntarget=").append(target == null ? "null" : target.stripTrailingZeros().toPlainString());
        return RuleSetSource.sha256(canonical.toString());
    }

    private Optional<IndicatorTarget> target(Indicator indicator, int year) {
        return em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class)
                .setParameter("indicator", indicator)
                .setParameter("year", year)
                .getResultStream().findFirst();
    }

    static Agency agency(EntityManager em, String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Instansi '" + code + "' tidak dikenal"));
    }

    static Indicator indicator(EntityManager em, Agency agency, String code) {
        return em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class)
                .setParameter("agency", agency).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Indikator '" + code + "' tidak dikenal untuk instansi " + agency.getCode()));
    }

    /** Everything one evaluation reads, and the digest of the data part of it. */
    private record Inputs(Agency agency, int year, Indicator indicator, List<? extends Subject> subjects,
                          BigDecimal denominator, String denominatorSource, BigDecimal target,
                          CompiledRuleSet criteria, CompiledRuleSet scale, String dataDigest) {

        boolean matches(EvaluationRun run) {
            return criteria.getVersion().equals(run.getRuleSetVersion())
                    && scale.getVersion().equals(run.getScaleVersion())
                    && dataDigest.equals(run.getDataDigest());
        }
    }
}
