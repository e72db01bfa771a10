package org.akuntabel.reporting;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** The entities behind an indicator's figure in one run: the numerator is the number counted. */
@JsonbNillable
@JsonbPropertyOrder({"indicator", "year", "numerator", "denominator", "denominatorSource", "ruleSet", "ruleSetVersion",
        "runId", "entities"})
public record EntityListing(String indicator, int year, BigDecimal numerator, BigDecimal denominator,
                            String denominatorSource, String ruleSet, String ruleSetVersion, long runId,
                            List<EntityResult> entities) implements Serializable {
}
