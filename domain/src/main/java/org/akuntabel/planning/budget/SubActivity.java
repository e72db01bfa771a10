package org.akuntabel.planning.budget;

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

/** A sub-kegiatan of an activity with its budget (pagu) and realisation, in rupiah. */
@Entity
@Table(name = "budget_sub_activity", uniqueConstraints = @UniqueConstraint(columnNames = {"activity_id", "name"}))
public class SubActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Column(name = "sub_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(nullable = false, precision = 21, scale = 2)
    private BigDecimal pagu;

    @Column(nullable = false, precision = 21, scale = 2)
    private BigDecimal realisation;

    @Embedded
    private Provenance provenance;

    @Version
    private long version;

    protected SubActivity() {
    }

    SubActivity(Activity activity, int order, String name, BigDecimal pagu, BigDecimal realisation, Provenance provenance) {
        this.activity = activity;
        this.order = order;
        this.name = name;
        this.pagu = pagu;
        this.realisation = realisation;
        this.provenance = provenance;
    }

    /** Changes the name, budget and realisation of this sub-activity. */
    public void change(String name, BigDecimal pagu, BigDecimal realisation, Provenance provenance) {
        this.name = name;
        this.pagu = pagu;
        this.realisation = realisation;
        this.provenance = provenance;
    }

    public Long getId() {
        return id;
    }

    public Activity getActivity() {
        return activity;
    }

    public int getOrder() {
        return order;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPagu() {
        return pagu;
    }

    public BigDecimal getRealisation() {
        return realisation;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public long getVersion() {
        return version;
    }
}
