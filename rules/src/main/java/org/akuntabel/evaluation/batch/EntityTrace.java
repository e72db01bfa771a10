package org.akuntabel.evaluation.batch;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.akuntabel.reporting.FindingView;

import java.io.Serializable;
import java.util.List;

/**
 * Why one entity counted in a batch run or not: its findings as stored with the run, the digest of the facts they were
 * judged from and whether the register still holds the same facts ({@code null} when the entity is gone).
 */
@JsonbPropertyOrder({"runId", "entityId", "name", "agency", "counted", "ruleSet", "ruleSetVersion", "dataDigest",
        "dataUnchanged", "findings"})
public record EntityTrace(long runId, long entityId, String name, String agency, boolean counted, String ruleSet,
                          String ruleSetVersion, String dataDigest, Boolean dataUnchanged, List<FindingView> findings) implements Serializable {
}
