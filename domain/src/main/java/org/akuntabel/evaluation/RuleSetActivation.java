package org.akuntabel.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.akuntabel.agency.Agency;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A rule-set version put in force from a year on, for every agency or for one (an agency's own activation
 * overrides the general one). Activations are never changed or deleted: putting an older version back in
 * force is a new activation, so the log tells who made which version count from when.
 */
@Entity
@Table(name = "rule_set_activation")
@NamedQuery(name = "RuleSetActivation.findByName",
        query = "SELECT a FROM RuleSetActivation a WHERE a.name = :name ORDER BY a.id DESC")
public class RuleSetActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "effective_from", nullable = false)
    private int effectiveFrom;

    /** The agency this activation is for; {@code null} for every agency. */
    @ManyToOne
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @ManyToOne
    @JoinColumn(name = "draft_id")
    private RuleSetDraft draft;

    @Column(length = 200)
    private String author;

    @Column(length = 2000)
    private String note;

    @Column(name = "activated_at", nullable = false)
    private LocalDateTime activatedAt;

    protected RuleSetActivation() {
    }

    public RuleSetActivation(String name, String contentHash, int effectiveFrom, Agency agency, RuleSetDraft draft, String author,
                             String note) {
        this.name = name;
        this.contentHash = contentHash;
        this.effectiveFrom = effectiveFrom;
        this.agency = agency;
        this.draft = draft;
        this.author = author;
        this.note = note;
        this.activatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Whether this activation applies to {@code candidate} in {@code year}; a {@code null} candidate (a national run) takes general activations only. */
    public boolean appliesTo(Agency candidate, int year) {
        return effectiveFrom <= year && (agency == null || candidate != null && agency.getCode().equals(candidate.getCode()));
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getContentHash() { return contentHash; }
    public int getEffectiveFrom() { return effectiveFrom; }
    public Agency getAgency() { return agency; }
    public RuleSetDraft getDraft() { return draft; }
    public String getAuthor() { return author; }
    public String getNote() { return note; }

    public Instant getActivatedAt() {
        return activatedAt == null ? null : activatedAt.toInstant(ZoneOffset.UTC);
    }
}
