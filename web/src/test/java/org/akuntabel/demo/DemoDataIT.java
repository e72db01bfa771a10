package org.akuntabel.demo;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.Deployments;
import org.akuntabel.evaluation.EvaluationRun;
import org.akuntabel.evaluation.EvaluationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** In the container: loading the demo data again adds nothing, and results are reused until something changes. */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(DemoDataIT.class);
    }

    @Inject
    private DemoDataLoader loader;

    @Inject
    private EvaluationService evaluations;

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Test
    void loadingTheDemoDataTwiceAddsNothing() {
        long cooperatives = count("Cooperative");
        long years = count("CooperativeYear");
        assertEquals(54, cooperatives);
        assertEquals(108, years);

        assertEquals(0, loader.load());

        assertEquals(cooperatives, count("Cooperative"));
        assertEquals(years, count("CooperativeYear"));
        assertEquals(1, count("Agency"));
        assertEquals(4, count("Company"));
    }

    @Test
    void aCurrentRunIsReusedAndRecomputingMakesANewRunWithTheSameFigures() {
        EvaluationRun current = evaluations.ensureCurrent("beltim", 2025, "KOPERASI_BERKUALITAS");
        assertEquals(current.getId(), evaluations.ensureCurrent("beltim", 2025, "KOPERASI_BERKUALITAS").getId());

        EvaluationRun again = evaluations.evaluate("beltim", 2025, "KOPERASI_BERKUALITAS");
        assertNotEquals(current.getId(), again.getId());
        assertEquals(current.getDataDigest(), again.getDataDigest());
        assertEquals(current.getRuleSetVersion(), again.getRuleSetVersion());
        assertEquals(0, current.getMeasurement().getRealisation().compareTo(again.getMeasurement().getRealisation()));
        assertEquals(54L, em.createQuery("SELECT COUNT(d) FROM Determination d WHERE d.run.id = :run", Long.class)
                .setParameter("run", again.getId()).getSingleResult());
    }

    private long count(String entity) {
        return em.createQuery("SELECT COUNT(e) FROM " + entity + " e", Long.class).getSingleResult();
    }
}
