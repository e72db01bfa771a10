package org.akuntabel.registers.company;

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

/**
 * A company in an agency's register with what the register knows of its work governance: the
 * company regulation or collective agreement (Peraturan Perusahaan / Perjanjian Kerja Bersama), the
 * bipartite cooperation body (LKS Bipartit), the wage structure and scale (struktur dan skala upah)
 * and BPJS Ketenagakerjaan membership. {@code null} means the register does not record it.
 * Natural key within an agency: the name.
 */
@Entity
@Table(name = "company", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "name"}))
@NamedQuery(name = "Company.findByAgency", query = "SELECT c FROM Company c WHERE c.agency = :agency ORDER BY c.name")
@NamedQuery(name = "Company.findByAgencyAndName", query = "SELECT c FROM Company c WHERE c.agency = :agency AND c.name = :name")
public class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 200)
    private String sector;

    private Integer workers;

    /** Whether the company has a registered Peraturan Perusahaan or Perjanjian Kerja Bersama; {@code null}: not recorded. */
    @Column(name = "pp_pkb")
    private Boolean ppPkb;

    /** Number of the registered PP or PKB. */
    @Column(name = "pp_pkb_number", length = 200)
    private String ppPkbNumber;

    /** Whether the company has a registered LKS Bipartit; {@code null}: not recorded. */
    @Column(name = "lks_bipartit")
    private Boolean lksBipartit;

    /** Decree registering the company's LKS Bipartit. */
    @Column(name = "lks_bipartit_decree", length = 200)
    private String lksBipartitDecree;

    /** Whether the company has a wage structure and scale; {@code null}: not recorded. */
    @Column(name = "wage_structure")
    private Boolean wageStructure;

    /** Workers registered with BPJS Ketenagakerjaan. */
    @Column(name = "bpjs_participants")
    private Integer bpjsParticipants;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected Company() {
    }

    public Company(Agency agency, String name, String sector, Integer workers, Boolean ppPkb, String ppPkbNumber,
                   Boolean lksBipartit, String lksBipartitDecree, Boolean wageStructure, Integer bpjsParticipants,
                   Provenance provenance) {
        this.agency = agency;
        this.name = name;
        this.sector = sector;
        this.workers = workers;
        this.ppPkb = ppPkb;
        this.ppPkbNumber = ppPkbNumber;
        this.lksBipartit = lksBipartit;
        this.lksBipartitDecree = lksBipartitDecree;
        this.wageStructure = wageStructure;
        this.bpjsParticipants = bpjsParticipants;
        this.provenance = provenance;
    }

    /** Changes how the company is named and its sector. */
    public void identify(String name, String sector) {
        this.name = name;
        this.sector = sector;
    }

    /** Records the company's current workforce and work-governance elements ({@code null}: not recorded). */
    public void record(Integer workers, Boolean ppPkb, String ppPkbNumber, Boolean lksBipartit, String lksBipartitDecree,
                       Boolean wageStructure, Integer bpjsParticipants, Provenance provenance) {
        this.workers = workers;
        this.ppPkb = ppPkb;
        this.ppPkbNumber = ppPkbNumber;
        this.lksBipartit = lksBipartit;
        this.lksBipartitDecree = lksBipartitDecree;
        this.wageStructure = wageStructure;
        this.bpjsParticipants = bpjsParticipants;
        this.provenance = provenance;
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

    public String getName() {
        return name;
    }

    public String getSector() {
        return sector;
    }

    public Integer getWorkers() {
        return workers;
    }

    public Boolean getPpPkb() {
        return ppPkb;
    }

    public Boolean getLksBipartit() {
        return lksBipartit;
    }

    public String getPpPkbNumber() {
        return ppPkbNumber;
    }

    public String getLksBipartitDecree() {
        return lksBipartitDecree;
    }

    public Boolean getWageStructure() {
        return wageStructure;
    }

    public Integer getBpjsParticipants() {
        return bpjsParticipants;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
