package org.akuntabel.registers.staff;

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
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * One civil servant's IP ASN score for a year by dimension (BKN: kualifikasi, kompetensi, kinerja,
 * disiplin). The unit's index is the average of the individual totals, which equals the sum of the
 * dimension averages. Natural key: agency + year + NIP.
 */
@Entity
@Table(name = "staff_score", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "score_year", "nip"}))
@NamedQuery(name = "StaffScore.findByAgencyAndYear",
        query = "SELECT s FROM StaffScore s WHERE s.agency = :agency AND s.year = :year ORDER BY s.name")
public class StaffScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "score_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 30)
    private String nip;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Employment employment;

    @Column(precision = 7, scale = 2)
    private BigDecimal qualification;

    @Column(precision = 7, scale = 2)
    private BigDecimal competence;

    @Column(precision = 7, scale = 2)
    private BigDecimal performance;

    @Column(precision = 7, scale = 2)
    private BigDecimal discipline;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected StaffScore() {
    }

    public StaffScore(Agency agency, int year, String nip, String name, Employment employment, BigDecimal qualification,
                      BigDecimal competence, BigDecimal performance, BigDecimal discipline, Provenance provenance) {
        this.agency = agency;
        this.year = year;
        this.nip = nip;
        this.name = name;
        this.employment = employment;
        this.qualification = qualification;
        this.competence = competence;
        this.performance = performance;
        this.discipline = discipline;
        this.provenance = provenance;
    }

    /** The person's IP ASN total: the sum of the four dimensions, or {@code null} when one is missing. */
    /** Changes the person's name, employment and dimension scores ({@code null}: not measured). */
    public void score(String name, Employment employment, BigDecimal qualification, BigDecimal competence,
                      BigDecimal performance, BigDecimal discipline, Provenance provenance) {
        this.name = name;
        this.employment = employment;
        this.qualification = qualification;
        this.competence = competence;
        this.performance = performance;
        this.discipline = discipline;
        this.provenance = provenance;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getTotal() {
        if (Stream.of(qualification, competence, performance, discipline).anyMatch(v -> v == null)) {
            return null;
        }
        return qualification.add(competence).add(performance).add(discipline);
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

    public String getNip() {
        return nip;
    }

    public String getName() {
        return name;
    }

    public Employment getEmployment() {
        return employment;
    }

    public BigDecimal getQualification() {
        return qualification;
    }

    public BigDecimal getCompetence() {
        return competence;
    }

    public BigDecimal getPerformance() {
        return performance;
    }

    public BigDecimal getDiscipline() {
        return discipline;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
