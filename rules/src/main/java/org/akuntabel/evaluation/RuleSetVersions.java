package org.akuntabel.evaluation;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the text of every rule-set version that produced a result ({@link RuleSetVersion}). Recording
 * is serialized and committed in its own transaction, so concurrent evaluations of the same version
 * never collide, and an evaluation that later fails still leaves the version readable.
 */
@Singleton
@Lock(LockType.WRITE)
public class RuleSetVersions {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    private final Set<String> recorded = ConcurrentHashMap.newKeySet();

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(CompiledRuleSet rules) {
        String key = rules.getName() + "@" + rules.getVersion();
        if (recorded.contains(key)) {
            return;
        }
        boolean known = !em.createNamedQuery("RuleSetVersion.find", RuleSetVersion.class)
                .setParameter("name", rules.getName())
                .setParameter("hash", rules.getVersion())
                .getResultList().isEmpty();
        if (!known) {
            em.persist(new RuleSetVersion(rules.getName(), rules.getVersion(), rules.getSource().text(),
                    rules.getSource().testCases(), rules.getSource().parameters()));
        }
        recorded.add(key);
    }
}
