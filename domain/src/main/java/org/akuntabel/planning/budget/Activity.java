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

/** An activity (kegiatan) of a programme with its budget (pagu, per DPPA) and realisation, in rupiah. */
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

    /** Changes the budget and realisation of this activity. */
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

    public BigDecimal getPagu() {
        return pagu;
    }

    public BigDecimal getRealisation() {
        return realisation;
    }

    public Provenance getProvenance() {
        return provenance;
    }
}
