package org.akuntabel.reporting;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One indicator of an agency for a year: target, numerator, denominator, realisation, achievement and
 * band; where the realisation comes from ({@code source}: COMPUTED by rules over a register, DERIVED by
 * arithmetic over entered figures, or ENTERED as published) with its {@code provenance} and the
 * arithmetic with the actual numbers; the published figures beside them with the differences spelled
 * out; last year and the Renstra end target. Values the product cannot compute ("tidak dapat dihitung")
 * are {@code null}, never 0.
 */
@JsonbNillable
@JsonbPropertyOrder({"code", "name", "unit", "polarity", "sasaran", "sasaranNumber", "formula", "target", "numerator", "denominator",
        "denominatorSource", "realisation", "achievement", "band", "valueBand", "evaluable", "provisional", "source",
        "provenance", "arithmetic", "achievementArithmetic", "figures", "published", "differences", "previousYear",
        "renstraEndTarget", "ruleSet", "ruleSetVersion", "scaleRuleSet", "scaleVersion", "dataDigest", "runId", "evaluatedAt"})
public record IndicatorResult(
        String code,
        String name,
        String unit,
        String polarity,
        String sasaran,
        Integer sasaranNumber,
        String formula,
        BigDecimal target,
        BigDecimal numerator,
        BigDecimal denominator,
        String denominatorSource,
        BigDecimal realisation,
        BigDecimal achievement,
        BandView band,
        BandView valueBand,
        boolean evaluable,
        boolean provisional,
        String source,
        String provenance,
        String arithmetic,
        String achievementArithmetic,
        List<FigureView> figures,
        PublishedView published,
        List<String> differences,
        YearFigure previousYear,
        EndTarget renstraEndTarget,
        String ruleSet,
        String ruleSetVersion,
        String scaleRuleSet,
        String scaleVersion,
        String dataDigest,
        Long runId,
        Instant evaluatedAt) implements Serializable {

    /** True when the computed and the published figures disagree somewhere. */
    public boolean differsFromPublished() {
        return !differences.isEmpty();
    }

    /** An indicator's realisation and achievement in another year, and where they came from. */
    @JsonbNillable
    @JsonbPropertyOrder({"year", "realisation", "achievement", "source"})
    public record YearFigure(int year, BigDecimal realisation, BigDecimal achievement, String source) implements Serializable {
    }

    /** The Renstra end-of-period target and how far the realisation has come towards it (%). */
    @JsonbNillable
    @JsonbPropertyOrder({"year", "value", "progress", "source"})
    public record EndTarget(int year, BigDecimal value, BigDecimal progress, String source) implements Serializable {
    }

    /** A statistic figure a derived indicator used, or that stands behind its denominator. */
    @JsonbNillable
    @JsonbPropertyOrder({"role", "code", "part", "value", "unit", "provisional", "source"})
    public record FigureView(String role, String code, String part, BigDecimal value, String unit, boolean provisional,
                             String source) implements Serializable {
    }
}
