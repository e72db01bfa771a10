package org.akuntabel.evaluation.batch;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A batch run as readers and the progress page see it: what it evaluates, with which rule-set version, how far it is
 * ({@code done} of {@code total}, the rate since it started and the time it still needs at that rate) and, once
 * complete, how many entities counted. {@code stored} is the number of result rows actually stored, counted in the view
 * of one run once it has ended (null while it runs, and in lists): equal to {@code done}, since a result and its
 * progress are committed together.
 */
@JsonbPropertyOrder({"id", "register", "year", "scope", "status", "total", "done", "counted", "stored", "ratePerSecond",
        "etaSeconds", "elapsedSeconds", "startedAt", "completedAt", "startedBy", "ruleSet", "ruleSetVersion", "attempts", "owner",
        "failure", "partitions"})
public record BatchRunView(long id, String register, int year, String scope, String status, long total, long done,
                           long counted, Long stored, Double ratePerSecond, Double etaSeconds, double elapsedSeconds,
                           Instant startedAt, Instant completedAt, String startedBy, String ruleSet, String ruleSetVersion,
                           int attempts, String owner, String failure, List<Partition> partitions) implements Serializable {

    /** One id range of the run and its progress. */
    @JsonbPropertyOrder({"number", "firstId", "lastId", "total", "done", "counted"})
    public record Partition(int number, long firstId, long lastId, long total, long done, long counted) implements Serializable {
    }

    /** Percentage done, 0–100, for the progress bar. */
    @JsonbTransient
    public int getPercent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }
}
