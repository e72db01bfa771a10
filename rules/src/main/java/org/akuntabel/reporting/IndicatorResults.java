package org.akuntabel.reporting;

import org.akuntabel.access.Guarded;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.Determination;
import org.akuntabel.evaluation.EvaluationRun;
import org.akuntabel.evaluation.EvaluationGate;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.evaluation.Measurement;
import org.akuntabel.evaluation.NotFoundException;
import org.akuntabel.evaluation.RuleSetCatalog;
import org.akuntabel.planning.DocumentKind;
import org.akuntabel.planning.Indicator;
import org.akuntabel.planning.IndicatorSource;
import org.akuntabel.planning.IndicatorTarget;
import org.akuntabel.planning.RenstraPeriod;
import org.akuntabel.registers.statistics.StatisticFigure;
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
@Guarded
public class IndicatorResults {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private EvaluationService evaluations;

    @Inject
    private EvaluationGate gate;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private org.akuntabel.access.Callers callers;

    /** The agencies whose data the caller may read. */
    public List<Agency> agencies() {
        org.akuntabel.access.Caller caller = callers.current();
        return em.createNamedQuery("Agency.findAll", Agency.class).getResultStream().filter(a -> caller.inScope(a.getCode())).toList();
    }

    public Agency agency(String agencyCode) {
        return Agencies.byCode(em, agencyCode);
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

    /** The year a reader most likely wants: the latest with published figures, else the latest planned. */
    public Integer defaultYear(String agencyCode) {
        Agency agency = agency(agencyCode);
        Integer published = em.createQuery("SELECT MAX(p.year) FROM PublishedFigure p WHERE p.indicator.agency = :agency", Integer.class)
                .setParameter("agency", agency).getSingleResult();
        if (published != null) {
            return published;
        }
        List<Integer> years = years(agencyCode);
        return years.isEmpty() ? null : years.get(0);
    }

    /**
     * The indicators of {@code year}: where the agency has an IKU decree for the year, the indicators it lists and
     * those with figures published for the year (e.g. last year's values printed in this year's report); without
     * one, the indicators of the latest Renstra covering the year (Renstra periods overlap when a new one starts
     * before the old one ends) and those with published figures, each when it has a target, a published figure or
     * data to evaluate for the year.
     */
    public List<IndicatorResult> indicators(String agencyCode, int year) {
        Agency agency = agency(agencyCode);
        if (!years(agencyCode).contains(year)) {
            throw new NotFoundException("Tidak ada data tahun " + year + " untuk instansi " + agencyCode);
        }
        List<Long> iku = em.createQuery("SELECT t.indicator.id FROM DocumentTarget t WHERE t.document.agency = :agency"
                        + " AND t.document.year = :year AND t.document.kind = :kind AND t.indicator IS NOT NULL", Long.class)
                .setParameter("agency", agency).setParameter("year", year).setParameter("kind", DocumentKind.IKU).getResultList();
        Optional<RenstraPeriod> inForce = em.createNamedQuery("RenstraPeriod.findByAgency", RenstraPeriod.class)
                .setParameter("agency", agency).getResultStream().filter(r -> r.covers(year)).findFirst();
        return em.createNamedQuery("Indicator.findByAgency", Indicator.class).setParameter("agency", agency).getResultList()
                .stream()
                .map(indicator -> {
                    Optional<PublishedFigure> published = published(indicator, year);
                    boolean ofTheYear = published.isPresent() || (iku.isEmpty()
                            ? indicator.getRenstra() == null || inForce.isEmpty() || indicator.getRenstra().getId().equals(inForce.get().getId())
                            : iku.contains(indicator.getId()));
                    return ofTheYear ? resultIfAny(indicator, year, published) : Optional.<IndicatorResult>empty();
                })
                .flatMap(Optional::stream).toList();
    }

    /** One indicator of {@link #indicators(String, int)}, computed alone. */
    public IndicatorResult indicator(String agencyCode, int year, String indicatorCode) {
        Agency agency = agency(agencyCode);
        if (!years(agencyCode).contains(year)) {
            throw new NotFoundException("Tidak ada data tahun " + year + " untuk instansi " + agencyCode);
        }
        Indicator indicator = indicator(agency, indicatorCode);
        return resultIfAny(indicator, year, published(indicator, year))
                .orElseThrow(() -> new NotFoundException("Indikator '" + indicatorCode + "' tidak ada untuk instansi "
                        + agencyCode + " tahun " + year));
    }

    /** The indicator's result for {@code year} when it has a target, a published figure or data to evaluate then. */
    private Optional<IndicatorResult> resultIfAny(Indicator indicator, int year, Optional<PublishedFigure> published) {
        if (target(indicator, year).isPresent() || published.isPresent() || evaluations.isEvaluable(indicator, year)) {
            return Optional.of(result(indicator, year, published));
        }
        return Optional.empty();
    }

    /** One year of an indicator's series: the target and the realisation (computed, derived or as published). */
    public record SeriesPoint(int year, BigDecimal target, BigDecimal realisation, String source) {
    }

    /** The indicator's targets and realisations over every year the agency has data or plans for, oldest first. */
    public List<SeriesPoint> series(String agencyCode, String indicatorCode) {
        Agency agency = agency(agencyCode);
        Indicator indicator = indicator(agency, indicatorCode);
        List<Integer> years = new ArrayList<>(years(agencyCode));
        years.sort(Integer::compare);
        List<SeriesPoint> points = new ArrayList<>();
        for (int year : years) {
            BigDecimal target = evaluations.agreedTarget(indicator, year).map(Numbers::plain).orElse(null);
            IndicatorResult.YearFigure figure = yearFigure(indicator, year);
            if (target != null || figure != null) {
                points.add(new SeriesPoint(year, target, figure == null ? null : figure.realisation(),
                        figure == null ? null : figure.source()));
            }
        }
        return points;
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
        if (indicator.getSource() != IndicatorSource.COMPUTED || !evaluations.isEvaluable(indicator, year)) {
            throw new NotFoundException("Indikator '" + indicatorCode + "' tidak dinilai dari register untuk tahun " + year
                    + " (sumber: " + indicator.getSource() + "); rinciannya ada pada daftar indikator");
        }
        return storedOrFirstRun(agency, indicator, year);
    }

    private EvaluationRun storedOrFirstRun(Agency agency, Indicator indicator, int year) {
        return evaluations.latestCompleted(agency, year, indicator.getCode())
                .orElseGet(() -> gate.evaluate(agency.getCode(), year, indicator.getCode()));
    }

    private static EntityResult entity(Determination d) {
        return new EntityResult(d.getEntityId(), d.getEntityName(), d.isCounted(), d.getFindings().stream()
                .map(f -> new FindingView(f.getCriterion(), f.getOutcome().name(), f.getEvidence(), f.getRule()))
                .toList());
    }

    private IndicatorResult result(Indicator indicator, int year, Optional<PublishedFigure> published) {
        PublishedView publishedView = published.map(p -> new PublishedView(Numbers.plain(p.getRealisation()),
                Numbers.plain(p.getAchievement()), p.getLabel(), scaleBand(indicator, year, p.getAchievement()),
                p.getProvenance() == null ? null : p.getProvenance().describe()))
                .orElse(null);
        IndicatorResult.YearFigure previous = yearFigure(indicator, year - 1);
        if (!evaluations.isEvaluable(indicator, year)) {
            return entered(indicator, year, published, publishedView, previous);
        }
        EvaluationRun run = storedOrFirstRun(indicator.getAgency(), indicator, year);
        Measurement m = run.getMeasurement();
        BandView band = BandView.of(run.getBand());
        return new IndicatorResult(indicator.getCode(), indicator.getName(), indicator.getUnit(),
                indicator.getPolarity().name(), indicator.getSasaran(), indicator.getSasaranNumber(), indicator.getFormulaDescription(),
                Numbers.plain(m.getTarget()), Numbers.plain(m.getNumerator()), Numbers.plain(m.getDenominator()),
                run.getDenominatorSource(), Numbers.twoDecimals(m.getRealisation()), Numbers.twoDecimals(m.getAchievement()),
                band, BandView.of(run.getValueBand()), m.isEvaluable(), run.isProvisional(), run.getSource().name(),
                run.getNumeratorSource(), run.getArithmetic(), achievementArithmetic(m), figures(indicator, year),
                publishedView, differences(m, band, publishedView), previous, endTarget(indicator, year, m.getRealisation()),
                run.getRuleSet(), run.getRuleSetVersion(), run.getScaleRuleSet(), run.getScaleVersion(),
                run.getDataDigest(), run.getId(), run.getCompletedAt());
    }

    /** A year the product cannot compute: the realisation as published (ENTERED, with its source), measured against the target. */
    private IndicatorResult entered(Indicator indicator, int year, Optional<PublishedFigure> published, PublishedView publishedView,
                                    IndicatorResult.YearFigure previous) {
        BigDecimal targetValue = evaluations.agreedTarget(indicator, year).orElse(null);
        Measurement m = Measurement.ofEntered(published.map(PublishedFigure::getRealisation).orElse(null), targetValue,
                indicator.getPolarity());
        CompiledRuleSet scale = catalog.inForce(indicator.getAgency().getScaleRuleSet(), indicator.getAgency(), year);
        BandView band = scale.band(m.getAchievement()).map(b -> BandView.of(b.toBand())).orElse(null);
        BandView valueBand = indicator.getValueScaleRuleSet() == null ? null
                : catalog.inForce(indicator.getValueScaleRuleSet(), indicator.getAgency(), year).band(m.getRealisation())
                .map(b -> BandView.of(b.toBand())).orElse(null);
        return new IndicatorResult(indicator.getCode(), indicator.getName(), indicator.getUnit(),
                indicator.getPolarity().name(), indicator.getSasaran(), indicator.getSasaranNumber(), indicator.getFormulaDescription(),
                Numbers.plain(targetValue), null, null, null, Numbers.twoDecimals(m.getRealisation()),
                Numbers.twoDecimals(m.getAchievement()), band, valueBand, m.isEvaluable(), false, "ENTERED",
                publishedView == null ? null : publishedView.source(), null, achievementArithmetic(m), List.of(),
                publishedView, differences(null, null, publishedView), previous,
                endTarget(indicator, year, m.getRealisation()), null, null, scale.getName(), scale.getVersion(),
                null, null, null);
    }

    /** Last year's realisation and achievement, computed where the product can, else as published. */
    private IndicatorResult.YearFigure yearFigure(Indicator indicator, int year) {
        if (evaluations.isEvaluable(indicator, year)) {
            Measurement m = storedOrFirstRun(indicator.getAgency(), indicator, year).getMeasurement();
            return new IndicatorResult.YearFigure(year, Numbers.twoDecimals(m.getRealisation()),
                    Numbers.twoDecimals(m.getAchievement()), indicator.getSource().name());
        }
        return published(indicator, year).map(p -> {
            BigDecimal target = evaluations.agreedTarget(indicator, year).orElse(null);
            Measurement m = Measurement.ofEntered(p.getRealisation(), target, indicator.getPolarity());
            return new IndicatorResult.YearFigure(year, Numbers.twoDecimals(m.getRealisation()),
                    Numbers.twoDecimals(m.getAchievement()), "ENTERED");
        }).orElse(null);
    }

    /** The target of the last year planned (the Renstra end target) and the progress of {@code realisation} towards it. */
    private IndicatorResult.EndTarget endTarget(Indicator indicator, int year, BigDecimal realisation) {
        return em.createQuery("SELECT t FROM IndicatorTarget t WHERE t.indicator = :indicator AND t.year >= :year"
                        + " ORDER BY t.year DESC", IndicatorTarget.class)
                .setParameter("indicator", indicator).setParameter("year", year).setMaxResults(1)
                .getResultStream().findFirst()
                .map(t -> new IndicatorResult.EndTarget(t.getYear(), Numbers.plain(t.getValue()),
                        Numbers.twoDecimals(Measurement.achievement(realisation, t.getValue(), indicator.getPolarity())),
                        t.getProvenance() == null ? null : t.getProvenance().describe()))
                .orElse(null);
    }

    /** The statistic figures behind a derived indicator (numerator parts) and behind its denominator. */
    private List<IndicatorResult.FigureView> figures(Indicator indicator, int year) {
        List<IndicatorResult.FigureView> figures = new ArrayList<>();
        addFigures(figures, "PEMBILANG", indicator, year, indicator.getNumeratorFigure());
        addFigures(figures, "PENYEBUT", indicator, year, indicator.getDenominatorCount());
        return figures;
    }

    private void addFigures(List<IndicatorResult.FigureView> figures, String role, Indicator indicator, int year, String code) {
        if (code == null) {
            return;
        }
        em.createNamedQuery("StatisticFigure.find", StatisticFigure.class)
                .setParameter("agency", indicator.getAgency()).setParameter("year", year).setParameter("code", code)
                .getResultList()
                .forEach(f -> figures.add(new IndicatorResult.FigureView(role, f.getCode(), f.getPart(),
                        Numbers.plain(f.getValue()), f.getUnit(), f.isProvisional(),
                        f.getProvenance() == null ? null : f.getProvenance().describe())));
    }

    /** {@code 3,48 ÷ 71,79 × 100 = 4,85}; lower-is-better: {@code (2 × 5 − 4) ÷ 5 × 100 = 120,00}. */
    static String achievementArithmetic(Measurement m) {
        if (m.getRealisation() == null || m.getTarget() == null || m.getAchievement() == null) {
            return null;
        }
        String target = IndonesianFormat.number(m.getTarget(), 4);
        return IndonesianFormat.fixed(m.getRealisation(), 2) + " ÷ " + target + " × 100 = " + IndonesianFormat.fixed(m.getAchievement(), 2);
    }

    /** The band the agency's scale gives to a printed achievement. */
    private BandView scaleBand(Indicator indicator, int year, BigDecimal achievement) {
        return catalog.inForce(indicator.getAgency().getScaleRuleSet(), indicator.getAgency(), year).band(achievement)
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
