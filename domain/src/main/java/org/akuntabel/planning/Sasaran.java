package org.akuntabel.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;

/** A strategic target (sasaran) of a Renstra, with the strategy and policy to reach it; indicators measure it. */
@Entity
@Table(name = "sasaran", uniqueConstraints = @UniqueConstraint(columnNames = {"tujuan_id", "sasaran_number"}))
public class Sasaran {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tujuan_id")
    private Tujuan tujuan;

    @Column(name = "sasaran_number", nullable = false)
    private int number;

    @Column(nullable = false, length = 1000)
    private String name;

    @Column(length = 2000)
    private String strategy;

    @Column(length = 4000)
    private String policy;

    @Version
    private long version;

    protected Sasaran() {
    }

    Sasaran(Tujuan tujuan, int number, String name, String strategy, String policy) {
        this.tujuan = tujuan;
        this.number = number;
        this.name = name;
        this.strategy = strategy;
        this.policy = policy;
    }

    /** Changes the name, strategy and policy (one per line). */
    public void describe(String name, String strategy, String policy) {
        this.name = name;
        this.strategy = strategy;
        this.policy = policy;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public Tujuan getTujuan() {
        return tujuan;
    }

    public int getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public String getStrategy() {
        return strategy;
    }

    public String getPolicy() {
        return policy;
    }
}
