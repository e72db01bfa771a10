package org.akuntabel.planning.budget;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A programme of an agency's budget year, serving one sasaran, with its activities. The totals the
 * source document prints for the programme are kept as printed; the programme's pagu and
 * realisation are the sums of its activity lines.
 */
@Entity
@Table(name = "budget_programme", uniqueConstraints = @UniqueConstraint(columnNames = {"agency_id", "budget_year", "programme_number"}))
@NamedQuery(name = "Programme.findByAgencyAndYear",
        query = "SELECT DISTINCT p FROM Programme p LEFT JOIN FETCH p.activities WHERE p.agency = :agency AND p.year = :year"
                + " ORDER BY p.number")
@NamedQuery(name = "Programme.find",
        query = "SELECT p FROM Programme p WHERE p.agency = :agency AND p.year = :year AND p.number = :number")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(name = "programme_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "sasaran_number", nullable = false)
    private int sasaranNumber;

    @Column(name = "sasaran_name", nullable = false, length = 500)
    private String sasaranName;

    @Column(name = "printed_pagu", precision = 21, scale = 2)
    private BigDecimal printedPagu;

    @Column(name = "printed_realisation", precision = 21, scale = 2)
    private BigDecimal printedRealisation;

    @Embedded
    private Provenance provenance;

    @OneToMany(mappedBy = "programme", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("order")
    private List<Activity> activities = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(Agency agency, int year, int number, String name, int sasaranNumber, String sasaranName,
                     BigDecimal printedPagu, BigDecimal printedRealisation, Provenance provenance) {
        this.agency = agency;
        this.year = year;
        this.number = number;
        this.name = name;
        this.sasaranNumber = sasaranNumber;
        this.sasaranName = sasaranName;
        this.printedPagu = printedPagu;
        this.printedRealisation = printedRealisation;
        this.provenance = provenance;
    }

    /** Adds an activity line at the end. */
    public Activity addActivity(String name, BigDecimal pagu, BigDecimal realisation, Provenance provenance) {
        int order = activities.stream().mapToInt(Activity::getOrder).max().orElse(0) + 1;
        Activity activity = new Activity(this, order, name, pagu, realisation, provenance);
        activities.add(activity);
        return activity;
    }

    /** Removes an activity line with its sub-kegiatan. */
    public void removeActivity(Activity activity) {
        activities.remove(activity);
    }

    /** Renames this programme or moves it to another sasaran. */
    public void change(String name, int sasaranNumber, String sasaranName) {
        this.name = name;
        this.sasaranNumber = sasaranNumber;
        this.sasaranName = sasaranName;
    }

    public long getVersion() {
        return version;
    }

    /** Sum of the activities' pagu. */
    public BigDecimal getPagu() {
        return activities.stream().map(Activity::getPagu).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Sum of the activities' realisation. */
    public BigDecimal getRealisation() {
        return activities.stream().map(Activity::getRealisation).reduce(BigDecimal.ZERO, BigDecimal::add);
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

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public int getSasaranNumber() {
        return sasaranNumber;
    }

    public String getSasaranName() {
        return sasaranName;
    }

    public BigDecimal getPrintedPagu() {
        return printedPagu;
    }

    public BigDecimal getPrintedRealisation() {
        return printedRealisation;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public List<Activity> getActivities() {
        return Collections.unmodifiableList(activities);
    }
}
