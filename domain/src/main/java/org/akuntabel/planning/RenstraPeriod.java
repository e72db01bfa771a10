package org.akuntabel.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;
import org.akuntabel.shared.Provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An agency's five-year strategic plan (Renstra): the regional vision and the missions it serves, its
 * tujuan and, under them, the sasaran whose indicators it measures. Natural key: agency + first year.
 */
@Entity
@Table(name = "renstra_period", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "start_year"}))
@NamedQuery(name = "RenstraPeriod.findByAgency", query = "SELECT r FROM RenstraPeriod r WHERE r.agency = :agency ORDER BY r.startYear DESC")
@NamedQuery(name = "RenstraPeriod.find", query = "SELECT r FROM RenstraPeriod r WHERE r.agency = :agency AND r.startYear = :startYear")
public class RenstraPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 1000)
    private String vision;

    /** The missions the agency serves, one per line. */
    @Column(length = 4000)
    private String missions;

    @Embedded
    private Provenance provenance;

    @OneToMany(mappedBy = "renstra", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Tujuan> tujuan = new ArrayList<>();

    @Version
    private long version;

    protected RenstraPeriod() {
    }

    public RenstraPeriod(Agency agency, int startYear, int endYear, String title, String vision, String missions,
                         Provenance provenance) {
        if (endYear < startYear) {
            throw new IllegalArgumentException("Tahun akhir Renstra sebelum tahun awalnya");
        }
        this.agency = agency;
        this.startYear = startYear;
        this.endYear = endYear;
        this.title = title;
        this.vision = vision;
        this.missions = missions;
        this.provenance = provenance;
    }

    public Tujuan addTujuan(int number, String name) {
        Tujuan added = new Tujuan(this, number, name);
        tujuan.add(added);
        return added;
    }

    /** Removes a tujuan (with its sasaran) from this Renstra. */
    public void removeTujuan(Tujuan removed) {
        tujuan.remove(removed);
    }

    /** Whether {@code year} lies inside the period (targets outside it are refused). */
    public boolean covers(int year) {
        return year >= startYear && year <= endYear;
    }

    /** Changes the title, vision and missions (one per line). */
    public void describe(String title, String vision, String missions) {
        this.title = title;
        this.vision = vision;
        this.missions = missions;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public int getStartYear() {
        return startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public String getTitle() {
        return title;
    }

    public String getVision() {
        return vision;
    }

    public List<String> getMissions() {
        return missions == null ? List.of() : List.of(missions.split("\n"));
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public List<Tujuan> getTujuan() {
        return Collections.unmodifiableList(tujuan);
    }
}
