package org.akuntabel.agency.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A unit of an agency's organisation (Sekretariat, a Sub Bagian under it, a Bidang…), in the order of the structure. */
@Entity
@Table(name = "organisation_unit")
@NamedQuery(name = "OrganisationUnit.findByOrganisation",
        query = "SELECT u FROM OrganisationUnit u WHERE u.organisation = :organisation ORDER BY u.order")
public class OrganisationUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "unit_order", nullable = false)
    private int order;

    @Column(nullable = false, length = 300)
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private OrganisationUnit parent;

    protected OrganisationUnit() {
    }

    public OrganisationUnit(Organisation organisation, int order, String name, OrganisationUnit parent) {
        this.organisation = organisation;
        this.order = order;
        this.name = name;
        this.parent = parent;
    }

    /** Detaches the unit from its parent, before the units are replaced. */
    public void detach() {
        parent = null;
    }

    public Long getId() { return id; }
    public Organisation getOrganisation() { return organisation; }
    public int getOrder() { return order; }
    public String getName() { return name; }
    public OrganisationUnit getParent() { return parent; }
}
