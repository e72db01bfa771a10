package org.akuntabel.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;

/**
 * A perangkat daerah (regional government agency) that runs SAKIP: it plans, signs performance
 * agreements and reports. Identified to the outside by a short code (e.g. {@code beltim}).
 * Each agency interprets achievements on its own scale, named here as a rule set.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = "Agency.findAll", query = "SELECT a FROM Agency a ORDER BY a.code")
@NamedQuery(name = "Agency.findByCode", query = "SELECT a FROM Agency a WHERE a.code = :code")
public class Agency implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "gov_level", nullable = false, length = 20)
    private GovernmentLevel level;

    @Column(length = 200)
    private String region;

    /** Name of the rule set holding this agency's achievement scale (interpretation bands). */
    @Column(name = "scale_rule_set", nullable = false, length = 100)
    private String scaleRuleSet;

    @Version
    private long version;

    protected Agency() {
    }

    public Agency(String code, String name, GovernmentLevel level, String region, String scaleRuleSet) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.region = region;
        this.scaleRuleSet = scaleRuleSet;
    }

    /** Changes the agency's name, level, parent region and the rule set of its achievement scale. */
    public void describe(String name, GovernmentLevel level, String region, String scaleRuleSet) {
        this.name = name;
        this.level = level;
        this.region = region;
        this.scaleRuleSet = scaleRuleSet;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public GovernmentLevel getLevel() {
        return level;
    }

    public String getRegion() {
        return region;
    }

    public String getScaleRuleSet() {
        return scaleRuleSet;
    }
}
