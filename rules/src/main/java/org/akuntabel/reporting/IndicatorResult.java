package org.akuntabel.reporting;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One indicator of an agency for a year: target, the computed numerator, denominator, realisation,
 * achievement and band, the rule-set version and data digest they come from, and the published
 * figures beside them with the differences spelled out. Values the product cannot compute
 * ("tidak dapat dihitung") are {@code null}, never 0.
 */
@JsonbNillable
@JsonbPropertyOrder({"code", "name", "unit", "polarity", "sasaran", "formula", "target", "numerator", "denominator",
        "denominatorSource", "realisation", "achievement", "band", "evaluable", "published", "differences", "source",
        "ruleSet", "ruleSetVersion", "scaleRuleSet", "scaleVersion", "dataDigest", "runId", "evaluatedAt"})
public record IndicatorResult(
        String code,
        String name,
        String unit,
        String polarity,
        String sasaran,
        String formula,
        BigDecimal target,
        BigDecimal numerator,
        BigDecimal denominator,
        String denominatorSource,
        BigDecimal realisation,
        BigDecimal achievement,
        BandView band,
        boolean evaluable,
        PublishedView published,
        List<String> differences,
        String source,
        String ruleSet,
        String ruleSetVersion,
        String scaleRuleSet,
        String scaleVersion,
        String dataDigest,
        Long runId,
        Instant evaluatedAt) {

    /** True when the computed and the published figures disagree somewhere. */
    public boolean differsFromPublished() {
        return !differences.isEmpty();
    }
}
