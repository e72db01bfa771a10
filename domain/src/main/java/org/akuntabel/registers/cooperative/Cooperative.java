package org.akuntabel.registers.cooperative;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;
import org.akuntabel.shared.Provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A cooperative (koperasi) in an agency's register, with one {@link CooperativeYear} per year
 * holding what the register knows of that year: the RAT date, business volume and assets.
 * Natural key within an agency: the registration number where known, else the name.
 */
@Entity
@Table(name = "cooperative", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "name"}))
@NamedQuery(name = "Cooperative.findByAgencyAndStatus",
        query = "SELECT DISTINCT c FROM Cooperative c LEFT JOIN FETCH c.years WHERE c.agency = :agency AND c.status = :status ORDER BY c.name")
@NamedQuery(name = "Cooperative.findByAgencyAndName",
        query = "SELECT c FROM Cooperative c WHERE c.agency = :agency AND c.name = :name")
@NamedQuery(name = "Cooperative.findByAgency",
        query = "SELECT DISTINCT c FROM Cooperative c LEFT JOIN FETCH c.years WHERE c.agency = :agency ORDER BY c.name")
@NamedQuery(name = "Cooperative.countByAgency",
        query = "SELECT COUNT(c) FROM Cooperative c WHERE c.agency = :agency")
public class Cooperative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 300)
    private String name;

    /** Nomor induk koperasi or legal-entity number, where the source gives one. */
    @Column(name = "registration_number", length = 100)
    private String registrationNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CooperativeStatus status;

    @Embedded
    private Provenance provenance;

    @OneToMany(mappedBy = "cooperative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    private List<CooperativeYear> years = new ArrayList<>();

    @Version
    private long version;

    protected Cooperative() {
    }

    public Cooperative(Agency agency, String name, String registrationNumber, CooperativeStatus status, Provenance provenance) {
        this.agency = agency;
        this.name = name;
        this.registrationNumber = registrationNumber;
        this.status = status;
        this.provenance = provenance;
    }

    /** Adds (or returns the existing) yearly record for {@code year}. */
    public CooperativeYear yearRecord(int year) {
        return findYear(year).orElseGet(() -> {
            CooperativeYear record = new CooperativeYear(this, year);
            years.add(record);
            return record;
        });
    }

    public Optional<CooperativeYear> findYear(int year) {
        return years.stream().filter(y -> y.getYear() == year).findFirst();
    }

    /** Changes the name and registration number (an import that gives a known cooperative its number). */
    public void identify(String name, String registrationNumber) {
        this.name = name;
        this.registrationNumber = registrationNumber;
    }

    /** The optimistic-lock version: a deletion based on an older version is refused. */
    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getName() {
        return name;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public CooperativeStatus getStatus() {
        return status;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public List<CooperativeYear> getYears() {
        return Collections.unmodifiableList(years);
    }
}
