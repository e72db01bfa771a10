package org.akuntabel.reporting;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.Determination;
import org.akuntabel.evaluation.EvaluationRun;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.evaluation.Measurement;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.RuleSets;
import org.akuntabel.planning.Indicator;
import org.akuntabel.planning.IndicatorTarget;
import org.akuntabel.shared.IndonesianFormat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads indicator results as stored by evaluation runs. A register-based indicator that has never
 * been evaluated for the year is evaluated once, on first read; after that readers get the stored
 * run until a new run completes.
 */
@Stateless
public class IndicatorResults {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private RuleSets ruleSets;

    public List<Agency> agencies() {
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultList();
    }

    public Agency agency(String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Instansi '" + code + "' tidak dikenal"));
    }

    /** The years for which the agency has targets or published figures, newest first. */
    public List<Integer> years(String agencyCode) {
        Agency agency = agency(agencyCode);
        List<Integer> years = new ArrayList<>(em.createQuery(
                        "SELECT DISTINCT t.year FROM IndicatorTarget t WHERE t.indicator.agency = :agency", Integer.class)
                .setParameter("agency", agency).getResultList());
        em.createQuery("SELECT DISTINCT p.year FROM PublishedFigure p WHERE p.indicator.agency = :agency", Integer.class)
                .setParameter("agency", agency).getResultList().stream()
                .filter(y -> !years.contains(y)).forEach(years::add);
        years.sort((a, b) -> Integer.compare(b, a));
        return years;
    }

    /** Every indicator of the agency that has a target or a published figure for {@code year}. */
    public List<IndicatorResult> indicators(String agencyCode, int year) {
        Agency agency = agency(agencyCode);
        if (!years(agencyCode).contains(year)) {
            throw new NotFoundException("Tidak ada data tahun " + year + " untuk instansi " + agencyCode);
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator indicator : em.createNamedQuery("Indicator.findByAgency", Indicator.class)
                .setParameter("agency", agency).getResultList()) {
            Optional<IndicatorTarget> target = target(indicator, year);
            Optional<PublishedFigure> published = published(indicator, year);
            if (target.isPresent() || published.isPresent()) {
                results.add(result(indicator, year, target, published));
            }
        }
        return results;
    }

    public IndicatorResult indicator(String agencyCode, int year, String indicatorCode) {
        return indicators(agencyCode, year).stream().filter(r -> r.code().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("Indikator '" + indicatorCode + "' tidak ada untuk instansi "
                        + agencyCode + " tahun " + year));
    }

    /** The entities behind a register-based indicator, each with its findings. */
    public EntityListing entities(String agencyCode, int year, String indicatorCode) {
        EvaluationRun run = run(agencyCode, year, indicatorCode);
        List<Determination> determinations = em.createNamedQuery("Determination.findByRun", Determination.class)
                .setParameter("run", run)
                .setHint("eclipselink.batch", "d.findings")
                .getResultList();
        return new EntityListing(indicatorCode, year, Numbers.plain(run.getMeasurement().getNumerator()),
                Numbers.plain(run.getMeasurement().getDenominator()), run.getDenominatorSource(), run.getRuleSet(),
                run.getRuleSetVersion(), run.getId(), determinations.stream().map(IndicatorResults::entity).toList());
    }

    /** The register whose entities an indicator counts (e.g. {@code koperasi}), or {@code null}. */
    public String entityRegister(String agencyCode, String indicatorCode) {
        return indicator(agency(agencyCode), indicatorCode).getSubjectRegister();
    }

    /** One entity's determination and findings for an indicator. */
    public EntityResult entity(String agencyCode, int year, String indicatorCode, long entityId) {
        EvaluationRun run = run(agencyCode, year, indicatorCode);
        return em.createNamedQuery("Determination.findByRunAndEntity", Determination.class)
                .setParameter("run", run).setParameter("entityId", entityId)
                .getResultStream().findFirst().map(IndicatorResults::entity)
                .orElseThrow(() -> new NotFoundException("Entitas " + entityId + " tidak dinilai untuk indikator "
                        + indicatorCode + " tahun " + year));
    }

    private Indicator indicator(Agency agency, String indicatorCode) {
        return em.createNamedQuery("Indicator.findByAgencyAndCode", Indicator.class)
                .setParameter("agency", agency).setParameter("code", indicatorCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Indikator '" + indicatorCode + "' tidak dikenal untuk instansi "
                        + agency.getCode()));
    }

    private EvaluationRun run(String agencyCode, int year, String indicatorCode) {
        Agency agency = agency(agencyCode);
        Indicator indicator = indicator(agency, indicatorCode);
        if (indicator.getCriteriaRuleSet() == null || target(indicator, year).isEmpty()) {
            throw new NotFoundException("Indikator '" + indicatorCode + "' tidak dinilai dari register untuk tahun " + year);
        }
        return storedOrFirstRun(agency, indicator, year);
    }

    private EvaluationRun storedOrFirstRun(Agency agency, Indicator indicator, int year) {
        return evaluations.latestCompleted(agency, year, indicator.getCode())
                .orElseGet(() -> evaluations.evaluate(agency.getCode(), year, indicator.getCode()));
    }

    private static EntityResult entity(Determination d) {
        return new EntityResult(d.getEntityId(), d.getEntityName(), d.isCounted(), d.getFindings().stream()
                .map(f -> new FindingView(f.getCriterion(), f.getOutcome().name(), f.getEvidence(), f.getRule()))
                .toList());
    }

    private IndicatorResult result(Indicator indicator, int year, Optional<IndicatorTarget> target,
                                   Optional<PublishedFigure> published) {
        PublishedView publishedView = published.map(p -> new PublishedView(Numbers.plain(p.getRealisation()),
                Numbers.plain(p.getAchievement()), p.getLabel(), scaleBand(indicator, p.getAchievement()),
                p.getProvenance() == null ? null : p.getProvenance().describe()))
                .orElse(null);
        if (indicator.getCriteriaRuleSet() == null || target.isEmpty()) {
            return new IndicatorResult(indicator.getCode(), indicator.getName(), indicator.getUnit(),
                    indicator.getPolarity().name(), indicator.getSasaran(), indicator.getFormulaDescription(),
                    target.map(t -> Numbers.plain(t.getValue())).orElse(null), null, null, null, null, null, null, false,
                    publishedView, differences(null, null, publishedView), "ENTERED", null, null, null, null, null, null, null);
        }
        EvaluationRun run = storedOrFirstRun(indicator.getAgency(), indicator, year);
        Measurement m = run.getMeasurement();
        BandView band = BandView.of(run.getBand());
        return new IndicatorResult(indicator.getCode(), indicator.getName(), indicator.getUnit(),
                indicator.getPolarity().name(), indicator.getSasaran(), indicator.getFormulaDescription(),
                Numbers.plain(m.getTarget()), Numbers.plain(m.getNumerator()), Numbers.plain(m.getDenominator()),
                run.getDenominatorSource(), Numbers.twoDecimals(m.getRealisation()), Numbers.twoDecimals(m.getAchievement()),
                band, m.isEvaluable(), publishedView, differences(m, band, publishedView), "COMPUTED",
                run.getRuleSet(), run.getRuleSetVersion(), run.getScaleRuleSet(), run.getScaleVersion(),
                run.getDataDigest(), run.getId(), run.getCompletedAt());
    }

    /** The band the agency's scale gives to a printed achievement. */
    private BandView scaleBand(Indicator indicator, BigDecimal achievement) {
        return ruleSets.active(indicator.getAgency().getScaleRuleSet()).band(achievement)
                .map(b -> BandView.of(b.toBand())).orElse(null);
    }

    /**
     * Where the published figures disagree with the computed ones, and where the printed label
     * disagrees with the agency's own scale applied to the printed achievement, in words.
     * {@code computed} is {@code null} for indicators the product does not compute.
     */
    static List<String> differences(Measurement computed, BandView band, PublishedView published) {
        List<String> differences = new ArrayList<>();
        if (published == null) {
            return differences;
        }
        if (computed != null) {
            compare(differences, "Realisasi", computed.getRealisation(), published.realisation());
            compare(differences, "Capaian", computed.getAchievement(), published.achievement());
            String computedLabel = band == null ? null : band.label();
            if (published.label() != null && !published.label().equalsIgnoreCase(String.valueOf(computedLabel))) {
                differences.add("Interpretasi: terbit \"" + published.label() + "\", hasil hitungan "
                        + (computedLabel == null ? "tidak dapat ditentukan" : "\"" + computedLabel + "\""));
            }
        }
        BandView printedBand = published.scaleBand();
        if (published.label() != null && printedBand != null && !published.label().equalsIgnoreCase(printedBand.label())) {
            differences.add("Label terbit \"" + published.label() + "\" bertentangan dengan skala instansi: capaian terbit "
                    + IndonesianFormat.fixed(published.achievement(), 2) + " termasuk " + printedBand.code() + " \""
                    + printedBand.label() + "\"");
        }
        return differences;
    }

    private static void compare(List<String> differences, String what, BigDecimal computed, BigDecimal published) {
        if (published != null && (computed == null || computed.compareTo(published) != 0)) {
            differences.add(what + ": terbit " + IndonesianFormat.fixed(published, 2) + ", dihitung "
                    + (computed == null ? "tidak dapat dihitung" : IndonesianFormat.fixed(computed, 2)));
        }
    }

    private Optional<IndicatorTarget> target(Indicator indicator, int year) {
        return em.createNamedQuery("IndicatorTarget.find", IndicatorTarget.class)
                .setParameter("indicator", indicator).setParameter("year", year)
                .getResultStream().findFirst();
    }

    private Optional<PublishedFigure> published(Indicator indicator, int year) {
        return em.createNamedQuery("PublishedFigure.find", PublishedFigure.class)
                .setParameter("indicator", indicator).setParameter("year", year)
                .getResultStream().findFirst();
    }
}
