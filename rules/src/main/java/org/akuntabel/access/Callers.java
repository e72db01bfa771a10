package org.akuntabel.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import org.akuntabel.agency.Agency;

import java.security.Principal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The current {@link Caller}: the signed-in user's roles and agencies as stored (looked up again after a few seconds,
 * at once after a change through {@link #forget}), or {@link Caller#SYSTEM} when no user is signed in — only the
 * application itself calls without one, since every page and API request must be signed in.
 */
@ApplicationScoped
public class Callers {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private record Cached(Caller caller, long loadedAt) {
    }

    @Inject
    private SecurityContext security;

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public Caller current() {
        Principal principal;
        try {
            principal = security.getCallerPrincipal();
        } catch (RuntimeException noSecurityContext) {
            principal = null;
        }
        if (principal == null || principal.getName() == null) {
            return Caller.SYSTEM;
        }
        String name = principal.getName();
        Cached cached = cache.get(name);
        long now = System.nanoTime();
        if (cached == null || now - cached.loadedAt() > FRESH.toNanos()) {
            cached = new Cached(load(name), now);
            cache.put(name, cached);
        }
        return cached.caller();
    }

    /**
     * The name to record as the author of a change: the signed-in user's, whatever a request body says; only the
     * application itself (demo data, tests without a sign-in) may name someone, {@code null} when blank.
     */
    public String author(String given) {
        Caller caller = current();
        if (!caller.system()) {
            return caller.name();
        }
        return given == null || given.isBlank() ? null : given.trim();
    }

    /** The user's roles or agencies changed: read them again on the next call. */
    public void forget(String name) {
        cache.remove(name);
    }

    private Caller load(String name) {
        return em.createNamedQuery("UserAccount.findByName", UserAccount.class).setParameter("username", name)
                .getResultStream().findFirst().filter(UserAccount::isEnabled)
                .map(u -> new Caller(name, u.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(u.getRoles()),
                        u.getAgencies().stream().map(Agency::getCode).collect(Collectors.toUnmodifiableSet()), false))
                .orElseGet(() -> Caller.nobody(name));
    }
}
