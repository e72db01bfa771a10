package org.akuntabel.reporting;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.akuntabel.agency.Agency;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A published version of an agency's annual report ("Terbitkan"): the report's content as computed then (with
 * the rule-set versions and data digests of every figure), its SHA-256 digest, and both files. Never changed: a
 * correction is a new version with a reason.
 */
@Entity
@Table(name = "report_publication", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "report_year", "version_number"}))
@NamedQuery(name = "ReportPublication.findByAgencyAndYear",
        query = "SELECT p FROM ReportPublication p WHERE p.agency = :agency AND p.year = :year ORDER BY p.number")
public class ReportPublication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 64)
    private String digest;

    @Column(length = 2000)
    private String reason;

    @Column(length = 200)
    private String author;

    @Column(name = "published_at", nullable = false)
    private LocalDateTime publishedAt;

    /** The report's content (the model the files were rendered from) as canonical JSON. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private String content;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] pdf;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] docx;

    protected ReportPublication() {
    }

    public ReportPublication(Agency agency, int year, int number, String digest, String reason, String author, String content,
                             byte[] pdf, byte[] docx) {
        this.agency = agency;
        this.year = year;
        this.number = number;
        this.digest = digest;
        this.reason = reason;
        this.author = author;
        this.content = content;
        this.pdf = pdf;
        this.docx = docx;
        this.publishedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public Agency getAgency() { return agency; }
    public int getYear() { return year; }
    public int getNumber() { return number; }
    public String getDigest() { return digest; }
    public String getReason() { return reason; }
    public String getAuthor() { return author; }
    public String getContent() { return content; }
    public byte[] getPdf() { return pdf; }
    public byte[] getDocx() { return docx; }

    public Instant getPublishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant(ZoneOffset.UTC);
    }
}
