package org.akuntabel.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A goal (tujuan) of a Renstra, served by its sasaran. */
@Entity
@Table(name = "tujuan", uniqueConstraints = @UniqueConstraint(columnNames = {"renstra_id", "tujuan_number"}))
public class Tujuan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "renstra_id")
    private RenstraPeriod renstra;

    @Column(name = "tujuan_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 1000)
    private String name;

    @OneToMany(mappedBy = "tujuan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Sasaran> sasaran = new ArrayList<>();

    @Version
    private long version;

    protected Tujuan() {
    }

    Tujuan(RenstraPeriod renstra, int number, String name) {
        this.renstra = renstra;
        this.number = number;
        this.name = name;
    }

    public Sasaran addSasaran(int number, String name, String strategy, String policy) {
        Sasaran added = new Sasaran(this, number, name, strategy, policy);
        sasaran.add(added);
        return added;
    }

    /** Removes a sasaran from this tujuan. */
    public void removeSasaran(Sasaran removed) {
        sasaran.remove(removed);
    }

    public void rename(String name) {
        this.name = name;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public RenstraPeriod getRenstra() {
        return renstra;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public List<Sasaran> getSasaran() {
        return Collections.unmodifiableList(sasaran);
    }
}
