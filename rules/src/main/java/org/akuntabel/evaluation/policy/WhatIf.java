package org.akuntabel.evaluation.policy;

import org.akuntabel.access.Allowed;
import org.akuntabel.access.Guarded;
import org.akuntabel.access.Role;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.Band;
import org.akuntabel.evaluation.CompiledRuleSet;
import org.akuntabel.evaluation.EvaluationService;
import org.akuntabel.evaluation.Finding;
import org.akuntabel.evaluation.RuleSetDraft;
import org.akuntabel.evaluation.RuleSets;
import org.akuntabel.planning.Indicator;
import org.akuntabel.reporting.Numbers;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "What if": a draft evaluated on an agency's data for a year beside the rules in force, storing nothing. Per
 * indicator that uses the rule set: realisation, achievement and band before and after, and every entity whose
 * outcome flips, with the criteria whose finding changed.
 */
@Stateless
@Guarded
public class WhatIf {

    /** Figures of one side of the comparison. */
    @JsonbPropertyOrder({"numerator", "denominator", "realisation", "achievement", "band", "bandLabel"})
    public record Figures(BigDecimal numerator, BigDecimal denominator, BigDecimal realisation, BigDecimal achievement,
                          String band, String bandLabel) implements Serializable {
    }

    /** A criterion whose outcome differs: before and after ({@code null} where the version has no such criterion). */
    @JsonbPropertyOrder({"criterion", "before", "after", "evidence"})
    public record CriterionChange(String criterion, String before, String after, String evidence) implements Serializable {
    }

    /** An entity that counts under one version and not under the other. */
    @JsonbPropertyOrder({"id", "name", "countedBefore", "countedAfter", "criteria"})
    public record Flip(long id, String name, boolean countedBefore, boolean countedAfter, List<CriterionChange> criteria)
            implements Serializable {
    }

    @JsonbPropertyOrder({"code", "name", "before", "after", "flipped"})
    public record IndicatorWhatIf(String code, String name, Figures before, Figures after, List<Flip> flipped) implements Serializable {
    }

    @JsonbPropertyOrder({"ruleSet", "draftId", "version", "agency", "year", "indicators"})
    public record Answer(String ruleSet, long draftId, String version, String agency, int year, List<IndicatorWhatIf> indicators)
            implements Serializable {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private RuleSetPolicy policy;

    @Inject
    private RuleSets ruleSets;

    @Inject
    private EvaluationService evaluations;

    @Allowed(Role.KEBIJAKAN)
    public Answer evaluate(String name, long draftId, String agencyCode, int year) {
        RuleSetDraft draft = policy.draft(name, draftId);
        CompiledRuleSet compiled = ruleSets.compiled(policy.source(draft));
        Agency agency = Agencies.byCode(em, agencyCode);
        List<IndicatorWhatIf> indicators = new ArrayList<>();
        for (Indicator indicator : em.createNamedQuery("Indicator.findByAgency", Indicator.class).setParameter("agency", agency)
                .getResultList()) {
            boolean uses = name.equals(agency.getScaleRuleSet()) || name.equals(indicator.getCriteriaRuleSet())
                    || name.equals(indicator.getValueScaleRuleSet());
            if (!uses || !evaluations.isEvaluable(indicator, year)) {
                continue;
            }
            EvaluationService.Preview before = evaluations.preview(agencyCode, year, indicator.getCode(), Map.of());
            EvaluationService.Preview after = evaluations.preview(agencyCode, year, indicator.getCode(), Map.of(name, compiled));
            indicators.add(new IndicatorWhatIf(indicator.getCode(), indicator.getName(), figures(before), figures(after),
                    flips(before, after)));
        }
        return new Answer(name, draftId, draft.getContentHash(), agency.getCode(), year, indicators);
    }

    private static Figures figures(EvaluationService.Preview p) {
        Band band = p.band();
        return new Figures(Numbers.plain(p.measurement().getNumerator()), Numbers.plain(p.measurement().getDenominator()),
                Numbers.twoDecimals(p.measurement().getRealisation()), Numbers.twoDecimals(p.measurement().getAchievement()),
                band == null ? null : band.getCode(), band == null ? null : band.getLabel());
    }

    private static List<Flip> flips(EvaluationService.Preview before, EvaluationService.Preview after) {
        Map<Long, EvaluationService.Judged> old = before.entities().stream()
                .collect(Collectors.toMap(EvaluationService.Judged::id, Function.identity()));
        List<Flip> flips = new ArrayList<>();
        for (EvaluationService.Judged now : after.entities()) {
            EvaluationService.Judged was = old.get(now.id());
            if (was == null || was.counted() == now.counted()) {
                continue;
            }
            Map<String, Finding> a = byCriterion(was.findings());
            Map<String, Finding> b = byCriterion(now.findings());
            Set<String> criteria = new LinkedHashSet<>(a.keySet());
            criteria.addAll(b.keySet());
            List<CriterionChange> changes = criteria.stream()
                    .filter(c -> !Objects.equals(outcome(a.get(c)), outcome(b.get(c))))
                    .map(c -> new CriterionChange(c, outcome(a.get(c)), outcome(b.get(c)),
                            (b.get(c) != null ? b.get(c) : a.get(c)).getEvidence()))
                    .toList();
            flips.add(new Flip(now.id(), now.name(), was.counted(), now.counted(), changes));
        }
        return flips;
    }

    private static Map<String, Finding> byCriterion(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::getCriterion, Function.identity(), (x, y) -> x));
    }

    private static String outcome(Finding finding) {
        return finding == null ? null : finding.getOutcome().name();
    }
}
