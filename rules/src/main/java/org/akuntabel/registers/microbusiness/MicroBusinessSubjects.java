package org.akuntabel.registers.microbusiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.FactModel;
import org.akuntabel.evaluation.SubjectSource;

import java.util.List;

/**
 * The micro-businesses of an agency's register, as facts for a reporting year. The register holds the
 * current state, not one per year; the year selects the thresholds in force (e.g. the micro ceilings of
 * PP 7/2021).
 */
@ApplicationScoped
public class MicroBusinessSubjects implements SubjectSource {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Override
    public String register() {
        return FactModel.USAHA_MIKRO.getKey();
    }

    @Override
    public List<MicroBusinessFacts> load(Agency agency, int year) {
        return em.createNamedQuery("MicroBusiness.findByAgency", MicroBusiness.class).setParameter("agency", agency)
                .getResultList().stream().map(business -> MicroBusinessFacts.of(business, year)).toList();
    }
}
