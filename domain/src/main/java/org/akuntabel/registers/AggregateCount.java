package org.akuntabel.registers;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;

/**
 * A count an agency reports for a year without a register behind every unit of it, e.g. the 115
 * active cooperatives of 2025 (Tabel 3.14) where the register lists only 54 of them. Stored as
 * entered, with its source: it is never recomputed and never invented.
 */
@Entity
@Table(name = "aggregate_count", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "report_year", "code"}))
@NamedQuery(name = "AggregateCount.find",
        query = "SELECT c FROM AggregateCount c WHERE c.agency = :agency AND c.year = :year AND c.code = :code")
public class AggregateCount {

    /** Number of active cooperatives (koperasi aktif) of an agency's region. */
    public static final String ACTIVE_COOPERATIVES = "KOPERASI_AKTIF";
    /** Number of inactive cooperatives (koperasi tidak aktif). */
    public static final String INACTIVE_COOPERATIVES = "KOPERASI_TIDAK_AKTIF";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(name = "count_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected AggregateCount() {
    }

    public AggregateCount(Agency agency, int year, String code, BigDecimal value, Provenance provenance) {
        this.agency = agency;
        this.year = year;
        this.code = code;
        this.value = value;
        this.provenance = provenance;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public int getYear() {
        return year;
    }

    public String getCode() {
        return code;
    }

    public BigDecimal getValue() {
        return value;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
