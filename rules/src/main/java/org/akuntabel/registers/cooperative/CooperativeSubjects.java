package org.akuntabel.registers.cooperative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.FactModel;
import org.akuntabel.evaluation.SubjectSource;

import java.util.List;

/** The active cooperatives of an agency's register, as facts for a reporting year. */
@ApplicationScoped
public class CooperativeSubjects implements SubjectSource {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Override
    public String register() {
        return FactModel.KOPERASI.getKey();
    }

    @Override
    public List<CooperativeFacts> load(Agency agency, int year) {
        return em.createNamedQuery("Cooperative.findByAgencyAndStatus", Cooperative.class)
                .setParameter("agency", agency)
                .setParameter("status", CooperativeStatus.AKTIF)
                .getResultList().stream()
                .map(cooperative -> CooperativeFacts.of(cooperative, year))
                .toList();
    }
}
