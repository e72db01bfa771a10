package org.akuntabel.agency.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of a profile table: a category (unit, golongan, item…) and its count; {@code null} where "-" is printed. */
@Entity
@Table(name = "profile_line")
public class ProfileLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "table_id")
    private ProfileTable table;

    @Column(name = "line_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 300)
    private String category;

    @Column(name = "line_count")
    private Integer count;

    protected ProfileLine() {
    }

    ProfileLine(ProfileTable table, int order, String category, Integer count) {
        this.table = table;
        this.order = order;
        this.category = category;
        this.count = count;
    }

    public Long getId() { return id; }
    public ProfileTable getTable() { return table; }
    public int getOrder() { return order; }
    public String getCategory() { return category; }
    public Integer getCount() { return count; }
}
