package org.akuntabel.registers.company;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agency;
import org.akuntabel.evaluation.FactModel;
import org.akuntabel.evaluation.SubjectSource;

import java.util.List;

/**
 * The companies of an agency's register, as facts for a reporting year. The register holds the current
 * state, not one per year; the year selects the thresholds in force (e.g. the worker counts from which
 * a company must have a Peraturan Perusahaan or an LKS Bipartit).
 */
@ApplicationScoped
public class CompanySubjects implements SubjectSource {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Override
    public String register() {
        return FactModel.PERUSAHAAN.getKey();
    }

    @Override
    public List<CompanyFacts> load(Agency agency, int year) {
        return em.createNamedQuery("Company.findByAgency", Company.class).setParameter("agency", agency)
                .getResultList().stream().map(company -> CompanyFacts.of(company, year)).toList();
    }
}
