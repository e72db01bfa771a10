package org.akuntabel.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The exact text of a rule set as it was applied, identified by its content hash (SHA-256 of the
 * rule file). Kept forever so that an auditor can read the rules behind any stored result.
 */
@Entity
@Table(name = "rule_set_version", uniqueConstraints = @UniqueConstraint(columnNames = {"name", "content_hash"}))
@NamedQuery(name = "RuleSetVersion.find", query = "SELECT v FROM RuleSetVersion v WHERE v.name = :name AND v.contentHash = :hash")
public class RuleSetVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Lob
    @Column(nullable = false)
    private String content;

    @Lob
    @Column(name = "test_cases")
    private String testCases;

    @Lob
    @Column(name = "parameters")
    private String parameters;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected RuleSetVersion() {
    }

    public RuleSetVersion(String name, String contentHash, String content) {
        this.name = name;
        this.contentHash = contentHash;
        this.content = content;
        this.recordedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** A version with the test cases and parameters it was activated with. */
    public RuleSetVersion(String name, String contentHash, String content, String testCases, String parameters) {
        this(name, contentHash, content);
        this.testCases = testCases;
        this.parameters = parameters;
    }

    public String getTestCases() {
        return testCases;
    }

    public String getParameters() {
        return parameters;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getContent() {
        return content;
    }

    public Instant getRecordedAt() {
        return recordedAt == null ? null : recordedAt.toInstant(ZoneOffset.UTC);
    }
}
