package org.akuntabel.agency.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;

import java.util.Arrays;
import java.util.List;

/**
 * An agency's organisation as its report describes it (BAB I, Gambaran Umum Organisasi): its duties (tugas), its
 * functions (fungsi, one per line) and the source; its units are {@link OrganisationUnit}s.
 */
@Entity
@Table(name = "agency_organisation")
@NamedQuery(name = "Organisation.findByAgency", query = "SELECT o FROM Organisation o WHERE o.agency = :agency")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(length = 4000)
    private String duties;

    @Column(length = 8000)
    private String functions;

    @Column(length = 500)
    private String source;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(Agency agency) {
        this.agency = agency;
    }

    /** Replaces the duties, the functions and the source. */
    public void describe(String duties, List<String> functions, String source) {
        this.duties = duties;
        this.functions = functions == null || functions.isEmpty() ? null : String.join("\n", functions);
        this.source = source;
    }

    public Long getId() { return id; }
    public Agency getAgency() { return agency; }
    public String getDuties() { return duties; }
    public String getSource() { return source; }
    public long getVersion() { return version; }

    /** The functions, in order. */
    public List<String> getFunctions() {
        return functions == null ? List.of() : Arrays.stream(functions.split("\n")).filter(f -> !f.isBlank()).toList();
    }
}
