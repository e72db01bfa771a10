package org.akuntabel.agency;

import jakarta.persistence.EntityManager;
import org.akuntabel.evaluation.NotFoundException;

/** Finding an agency by its code; an unknown code is a {@link NotFoundException} (404 over REST, an error page in JSF). */
public final class Agencies {

    private Agencies() {
    }

    public static Agency byCode(EntityManager em, String code) {
        return em.createNamedQuery("Agency.findByCode", Agency.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Instansi '" + code + "' tidak dikenal"));
    }
}
