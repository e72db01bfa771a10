package org.akuntabel.evaluation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.akuntabel.agency.Agency;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which version of a rule set is in force for an agency and a year: among the activations of the rule set
 * effective in or before that year, an activation for the agency itself beats a general one; then the latest
 * effective-from year wins, then the latest activation. Without any, the version shipped with the
 * application is in force.
 */
@Stateless
public class RuleSetCatalog {

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private RuleSets ruleSets;

    /** The rule-set version in force for {@code agency} in {@code year}, compiled. */
    public CompiledRuleSet inForce(String name, Agency agency, int year) {
        return ruleSets.accepted(source(name, agency, year));
    }

    /** The text of the rule-set version in force for {@code agency} in {@code year}. */
    public RuleSetSource source(String name, Agency agency, int year) {
        return activation(name, agency, year).map(this::source).orElseGet(() -> ruleSets.shipped(name));
    }

    /** The activation deciding the version in force, if any. */
    public Optional<RuleSetActivation> activation(String name, Agency agency, int year) {
        return choose(em.createNamedQuery("RuleSetActivation.findByName", RuleSetActivation.class).setParameter("name", name)
                .getResultList(), agency, year);
    }

    /**
     * The deciding activation among {@code newestFirst}: one for the agency beats a general one, then the latest
     * effective-from year, then the newest activation.
     */
    static Optional<RuleSetActivation> choose(List<RuleSetActivation> newestFirst, Agency agency, int year) {
        Comparator<RuleSetActivation> rank = Comparator.<RuleSetActivation>comparingInt(a -> a.getAgency() == null ? 0 : 1)
                .thenComparingInt(RuleSetActivation::getEffectiveFrom);
        RuleSetActivation best = null;
        for (RuleSetActivation candidate : newestFirst) {
            if (candidate.appliesTo(agency, year) && (best == null || rank.compare(candidate, best) > 0)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The stored text of an activated version. */
    public RuleSetSource source(RuleSetActivation activation) {
        return version(activation.getName(), activation.getContentHash());
    }

    /** A version by content hash: the shipped one, or one recorded when it was activated or evaluated. */
    public RuleSetSource version(String name, String hash) {
        RuleSetSource shipped = ruleSets.shipped(name);
        if (shipped.version().equals(hash)) {
            return shipped;
        }
        RuleSetVersion stored = em.createNamedQuery("RuleSetVersion.find", RuleSetVersion.class).setParameter("name", name)
                .setParameter("hash", hash).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Versi " + hash + " dari aturan '" + name + "' tidak tersimpan"));
        return new RuleSetSource(name, stored.getContent(),
                stored.getTestCases() == null ? shipped.testCases() : stored.getTestCases(), stored.getParameters());
    }
}
