package org.akuntabel.agency.profile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table of an agency's profile for a year (staff by unit, golongan, …, or facilities): its lines in order and
 * the total its document prints (JUMLAH), kept as printed beside the lines — totals are computed from the lines.
 */
@Entity
@Table(name = "profile_table")
@NamedQuery(name = "ProfileTable.findByAgencyAndYears",
        query = "SELECT t FROM ProfileTable t WHERE t.agency = :agency AND t.year IN :years ORDER BY t.year, t.kind")
public class ProfileTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "profile_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProfileKind kind;

    @Column(name = "printed_total")
    private Integer printedTotal;

    @Column(length = 500)
    private String source;

    @OneToMany(mappedBy = "table", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("order")
    private List<ProfileLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected ProfileTable() {
    }

    public ProfileTable(Agency agency, int year, ProfileKind kind, Integer printedTotal, String source) {
        this.agency = agency;
        this.year = year;
        this.kind = kind;
        this.printedTotal = printedTotal;
        this.source = source;
    }

    /** Adds a line at the end; {@code count} {@code null} is a cell printed as "-". */
    public ProfileLine addLine(String category, Integer count) {
        ProfileLine line = new ProfileLine(this, lines.size() + 1, category, count);
        lines.add(line);
        return line;
    }

    public Long getId() { return id; }
    public Agency getAgency() { return agency; }
    public int getYear() { return year; }
    public ProfileKind getKind() { return kind; }
    public Integer getPrintedTotal() { return printedTotal; }
    public String getSource() { return source; }
    public long getVersion() { return version; }
    public List<ProfileLine> getLines() { return Collections.unmodifiableList(lines); }
}
