package org.akuntabel.reporting;

import java.io.Serializable;

/** One criterion's outcome for one entity, with its evidence and the rule (file and name) that recorded it. */
@jakarta.json.bind.annotation.JsonbPropertyOrder({"criterion", "outcome", "evidence", "rule"})
public record FindingView(String criterion, String outcome, String evidence, String rule) implements Serializable {
}
