package org.akuntabel.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A narrative part of the annual report written by staff (a chapter's text, or an indicator's explanation,
 * analysis or solution), kept as safe markup, with who saved it and when.
 */
@Entity
@Table(name = "report_narrative", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "report_year", "section"}))
@NamedQuery(name = "ReportNarrative.findByAgencyAndYear",
        query = "SELECT n FROM ReportNarrative n WHERE n.agency = :agency AND n.year = :year ORDER BY n.section")
public class ReportNarrative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 100)
    private String section;

    @Lob
    @Column(nullable = false)
    private String markup;

    @Column(length = 200)
    private String author;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    @Version
    private long version;

    protected ReportNarrative() {
    }

    public ReportNarrative(Agency agency, int year, String section, String markup, String author) {
        this.agency = agency;
        this.year = year;
        this.section = section;
        write(markup, author);
    }

    /** Replaces the text, recording who wrote it and when. */
    public void write(String markup, String author) {
        this.markup = markup;
        this.author = author;
        this.savedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() { return id; }
    public Agency getAgency() { return agency; }
    public int getYear() { return year; }
    public String getSection() { return section; }
    public String getMarkup() { return markup; }
    public String getAuthor() { return author; }
    public LocalDateTime getSavedAt() { return savedAt; }
    public long getVersion() { return version; }
}
