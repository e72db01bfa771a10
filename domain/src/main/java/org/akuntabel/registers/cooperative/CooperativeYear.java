package org.akuntabel.registers.cooperative;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the register knows of one cooperative in one year: the date of its annual members' meeting
 * (Rapat Anggota Tahunan, RAT), its business volume and its assets, in rupiah. A {@code null} value
 * means the source gives no figure (missing data), which is never the same as zero.
 */
@Entity
@Table(name = "cooperative_year", uniqueConstraints = @UniqueConstraint(columnNames = {"cooperative_id", "report_year"}))
public class CooperativeYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cooperative_id")
    private Cooperative cooperative;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Column(name = "rat_date")
    private LocalDate ratDate;

    @Column(name = "business_volume", precision = 21, scale = 3)
    private BigDecimal businessVolume;

    @Column(precision = 21, scale = 3)
    private BigDecimal assets;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected CooperativeYear() {
    }

    CooperativeYear(Cooperative cooperative, int year) {
        this.cooperative = cooperative;
        this.year = year;
    }

    public void record(LocalDate ratDate, BigDecimal businessVolume, BigDecimal assets, Provenance provenance) {
        this.ratDate = ratDate;
        this.businessVolume = businessVolume;
        this.assets = assets;
        this.provenance = provenance;
    }

    /** The optimistic-lock version: a save based on an older version is refused. */
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Cooperative getCooperative() {
        return cooperative;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getRatDate() {
        return ratDate;
    }

    public BigDecimal getBusinessVolume() {
        return businessVolume;
    }

    public BigDecimal getAssets() {
        return assets;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
