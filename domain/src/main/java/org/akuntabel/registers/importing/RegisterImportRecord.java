package org.akuntabel.registers.importing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * One upload of a register file: the file itself (kept, never changed), who uploaded it and when, the counts of
 * the last planning (dry run or confirmation) and, once confirmed, who confirmed it with which decisions.
 * The register is kept by its name ({@code COOPERATIVE}, …) so that this entity does not depend on the import
 * engine.
 */
@Entity
@Table(name = "register_import")
@NamedQuery(name = "RegisterImportRecord.findByAgency",
        query = "SELECT r FROM RegisterImportRecord r WHERE r.agency = :agency ORDER BY r.uploadedAt DESC, r.id DESC")
@NamedQuery(name = "RegisterImportRecord.findPlanned",
        query = "SELECT r FROM RegisterImportRecord r WHERE r.agency = :agency AND r.register = :register AND r.status = :status")
public class RegisterImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "register_name", nullable = false, length = 30)
    private String register;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(name = "media_type", length = 200)
    private String mediaType;

    @Column(name = "file_size", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 200)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "source_description", length = 300)
    private String sourceDescription;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "added_count", nullable = false)
    private int added;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "rejected_count", nullable = false)
    private int rejected;

    @Column(name = "awaiting_count", nullable = false)
    private int awaiting;

    /** The decisions given at confirmation, one per line: {@code row<TAB>column<TAB>value}. */
    @Lob
    @Column
    private String decisions;

    @Column(name = "confirmed_by", length = 200)
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(length = 2000)
    private String failure;

    @Version
    private long version;

    protected RegisterImportRecord() {
    }

    public RegisterImportRecord(Agency agency, String register, String fileName, String mediaType, byte[] content, String sha256,
                                String uploadedBy) {
        this.agency = agency;
        this.register = register;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.size = content.length;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.status = ImportStatus.PLANNED;
    }

    /** Records what the last planning found. */
    public void planned(String sourceDescription, int rowsRead, int added, int updated, int unchanged, int rejected, int awaiting) {
        this.sourceDescription = sourceDescription == null || sourceDescription.length() <= 300 ? sourceDescription
                : sourceDescription.substring(0, 300);
        this.rowsRead = rowsRead;
        this.added = added;
        this.updated = updated;
        this.unchanged = unchanged;
        this.rejected = rejected;
        this.awaiting = awaiting;
    }

    public void confirmed(String by, String decisions) {
        this.status = ImportStatus.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = LocalDateTime.now(ZoneOffset.UTC);
        this.decisions = decisions;
    }

    public void failed(String reason) {
        this.status = ImportStatus.FAILED;
        this.failure = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    }

    public void superseded() {
        this.status = ImportStatus.SUPERSEDED;
    }

    public Long getId() { return id; }
    public Agency getAgency() { return agency; }
    public String getRegister() { return register; }
    public String getFileName() { return fileName; }
    public String getMediaType() { return mediaType; }
    public long getSize() { return size; }
    public String getSha256() { return sha256; }
    public byte[] getContent() { return content; }
    public String getUploadedBy() { return uploadedBy; }
    public ImportStatus getStatus() { return status; }
    public String getSourceDescription() { return sourceDescription; }
    public int getRowsRead() { return rowsRead; }
    public int getAdded() { return added; }
    public int getUpdated() { return updated; }
    public int getUnchanged() { return unchanged; }
    public int getRejected() { return rejected; }
    public int getAwaiting() { return awaiting; }
    public String getDecisions() { return decisions; }
    public String getConfirmedBy() { return confirmedBy; }
    public String getFailure() { return failure; }
    public long getVersion() { return version; }

    public Instant getUploadedAt() {
        return uploadedAt == null ? null : uploadedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getConfirmedAt() {
        return confirmedAt == null ? null : confirmedAt.toInstant(ZoneOffset.UTC);
    }
}
