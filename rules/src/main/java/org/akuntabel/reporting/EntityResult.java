package org.akuntabel.reporting;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.io.Serializable;
import java.util.List;

/** Whether one entity counted for an indicator, and why: its findings per criterion. */
@JsonbPropertyOrder({"id", "name", "counted", "findings"})
public record EntityResult(long id, String name, boolean counted, List<FindingView> findings) implements Serializable {
}
