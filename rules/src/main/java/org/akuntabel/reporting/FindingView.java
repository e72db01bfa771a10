package org.akuntabel.reporting;

/** One criterion's outcome for one entity, with its evidence and the rule (file and name) that recorded it. */
public record FindingView(String criterion, String outcome, String evidence, String rule) {
}
