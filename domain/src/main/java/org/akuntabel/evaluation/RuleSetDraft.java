package org.akuntabel.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A rule file submitted by policy staff that has passed validation and compilation but is not yet in force.
 * It can be tested, previewed on an agency's data (what-if), approved by a second person and activated; its text
 * never changes once stored.
 */
@Entity
@Table(name = "rule_set_draft")
@NamedQuery(name = "RuleSetDraft.findByName", query = "SELECT d FROM RuleSetDraft d WHERE d.name = :name ORDER BY d.id DESC")
public class RuleSetDraft {

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

    /** The version the draft was written from (content hash), if known. */
    @Column(name = "based_on", length = 64)
    private String basedOn;

    @Column(length = 200)
    private String author;

    @Column(length = 2000)
    private String note;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** A second person (policy staff or admin, not the author) who approved the draft for activation. */
    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_at")
    private LocalDateTime approvedAt;

    protected RuleSetDraft() {
    }

    public RuleSetDraft(String name, String contentHash, String content, String testCases, String parameters, String basedOn,
                        String author, String note) {
        this.name = name;
        this.contentHash = contentHash;
        this.content = content;
        this.testCases = testCases;
        this.parameters = parameters;
        this.basedOn = basedOn;
        this.author = author;
        this.note = note;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getContentHash() { return contentHash; }
    public String getContent() { return content; }
    public String getTestCases() { return testCases; }
    public String getParameters() { return parameters; }
    public String getBasedOn() { return basedOn; }
    public String getAuthor() { return author; }
    public String getNote() { return note; }

    public String getApprovedBy() { return approvedBy; }

    public Instant getApprovedAt() {
        return approvedAt == null ? null : approvedAt.toInstant(ZoneOffset.UTC);
    }

    /** Records the approval by {@code approver}; the draft's text and tests never change. */
    public void approve(String approver) {
        this.approvedBy = approver;
        this.approvedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Instant getCreatedAt() {
        return createdAt == null ? null : createdAt.toInstant(ZoneOffset.UTC);
    }
}
