package org.akuntabel.planning.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import org.akuntabel.shared.Provenance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An activity (kegiatan) of a programme with its budget (pagu, per DPPA) and realisation, in rupiah. Without
 * sub-kegiatan its pagu and realisation are the amounts recorded for it; with sub-kegiatan they are the sums of
 * those lines, and the recorded amounts stay readable for comparison.
 */
@Entity
@Table(name = "budget_activity", uniqueConstraints = @UniqueConstraint(columnNames = {"programme_id", "name"}))
public class Activity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "programme_id")
    private Programme programme;

    @Column(name = "activity_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(nullable = false, precision = 21, scale = 2)
    private BigDecimal pagu;

    @Column(nullable = false, precision = 21, scale = 2)
    private BigDecimal realisation;

    @Embedded
    private Provenance provenance;

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("order")
    private List<SubActivity> subActivities = new ArrayList<>();

    @Version
    private long version;

    protected Activity() {
    }

    Activity(Programme programme, int order, String name, BigDecimal pagu, BigDecimal realisation, Provenance provenance) {
        this.programme = programme;
        this.order = order;
        this.name = name;
        this.pagu = pagu;
        this.realisation = realisation;
        this.provenance = provenance;
    }

    /** Adds a sub-kegiatan line at the end. */
    public SubActivity addSubActivity(String name, BigDecimal pagu, BigDecimal realisation, Provenance provenance) {
        int order = subActivities.stream().mapToInt(SubActivity::getOrder).max().orElse(0) + 1;
        SubActivity line = new SubActivity(this, order, name, pagu, realisation, provenance);
        subActivities.add(line);
        return line;
    }

    /** Removes a sub-kegiatan line. */
    public void removeSubActivity(SubActivity line) {
        subActivities.remove(line);
    }

    public List<SubActivity> getSubActivities() {
        return Collections.unmodifiableList(subActivities);
    }

    /** Renames this activity. */
    public void rename(String name) {
        this.name = name;
    }

    /** Changes the budget and realisation recorded for this activity itself. */
    public void change(BigDecimal pagu, BigDecimal realisation, Provenance provenance) {
        this.pagu = pagu;
        this.realisation = realisation;
        this.provenance = provenance;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Programme getProgramme() {
        return programme;
    }

    public int getOrder() {
        return order;
    }

    public String getName() {
        return name;
    }

    /** The sum of the sub-kegiatan when there are any, else the amount recorded for the activity. */
    public BigDecimal getPagu() {
        return subActivities.isEmpty() ? pagu
                : subActivities.stream().map(SubActivity::getPagu).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The sum of the sub-kegiatan when there are any, else the amount recorded for the activity. */
    public BigDecimal getRealisation() {
        return subActivities.isEmpty() ? realisation
                : subActivities.stream().map(SubActivity::getRealisation).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getRecordedPagu() {
        return pagu;
    }

    public BigDecimal getRecordedRealisation() {
        return realisation;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
