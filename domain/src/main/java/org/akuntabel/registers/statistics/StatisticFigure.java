package org.akuntabel.registers.statistics;

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
 * A figure an agency reports for a year without a register behind every unit of it: the 115 active
 * cooperatives of 2025 (Tabel 3.14), PDRB by quarter (Tabel 3.7), employed people (Tabel 3.8),
 * SAKIP component scores (Tabel 3.4), micro-businesses per kecamatan (Tabel 3.16). A figure may be
 * broken down into parts (kecamatan, triwulan, komponen, sektor; {@link #WHOLE} for an undivided
 * figure); indicators sum the parts they use. Stored as entered, with its source and whether it is
 * provisional: never recomputed and never invented.
 */
@Entity
@Table(name = "statistic_figure", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "report_year", "code", "part"}))
@NamedQuery(name = "StatisticFigure.find",
        query = "SELECT f FROM StatisticFigure f WHERE f.agency = :agency AND f.year = :year AND f.code = :code ORDER BY f.id")
@NamedQuery(name = "StatisticFigure.findPart",
        query = "SELECT f FROM StatisticFigure f WHERE f.agency = :agency AND f.year = :year AND f.code = :code AND f.part = :part")
@NamedQuery(name = "StatisticFigure.findByAgency",
        query = "SELECT f FROM StatisticFigure f WHERE f.agency = :agency ORDER BY f.code, f.year, f.id")
public class StatisticFigure {

    /** The part of a figure that is not broken down. */
    public static final String WHOLE = "";

    /** Number of active cooperatives (koperasi aktif) of an agency's region. */
    public static final String ACTIVE_COOPERATIVES = "KOPERASI_AKTIF";

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

    @Column(nullable = false, length = 120)
    private String part;

    @Column(name = "figure_value", nullable = false, precision = 21, scale = 4)
    private BigDecimal value;

    @Column(length = 40)
    private String unit;

    @Column(nullable = false)
    private boolean provisional;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected StatisticFigure() {
    }

    public StatisticFigure(Agency agency, int year, String code, String part, BigDecimal value, String unit,
                           boolean provisional, Provenance provenance) {
        this.agency = agency;
        this.year = year;
        this.code = code;
        this.part = part == null ? WHOLE : part;
        this.value = value;
        this.unit = unit;
        this.provisional = provisional;
        this.provenance = provenance;
    }

    /** Changes the value (and whether it is provisional), recording where the new value comes from. */
    public void change(BigDecimal value, boolean provisional, Provenance provenance) {
        this.value = value;
        this.provisional = provisional;
        this.provenance = provenance;
    }

    /** Changes the unit the value is counted in ({@code null}: none). */
    public void measureIn(String unit) {
        this.unit = unit;
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

    /** The part (kecamatan, triwulan, …), or {@link #WHOLE}. */
    public String getPart() {
        return part;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    public boolean isProvisional() {
        return provisional;
    }

    /** The optimistic-lock version: a save based on an older version is refused. */
    public long getVersion() {
        return version;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
