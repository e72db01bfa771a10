package org.akuntabel.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is calling: a signed-in user with roles and assigned agencies, or the application itself (start-up, demo
 * data, background work started by the application) which is not restricted.
 */
public record Caller(String name, Set<Role> roles, Set<String> agencies, boolean system) {

    public static final Caller SYSTEM = new Caller("system", EnumSet.noneOf(Role.class), Set.of(), true);

    /** A signed-in user with no roles (unknown or disabled account): may do nothing. */
    public static Caller nobody(String name) {
        return new Caller(name, EnumSet.noneOf(Role.class), Set.of(), false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the agency's data is in scope: ADMIN and KEBIJAKAN every agency, the others their assigned ones. */
    public boolean inScope(String agencyCode) {
        return system || roles.stream().anyMatch(Role::allAgencies) || (!roles.isEmpty() && agencies.contains(agencyCode));
    }

    /**
     * Whether the caller may act: with one of {@code allowed} (ADMIN always; none given: any role, i.e. reading),
     * and, when the action concerns an agency, that agency in scope.
     */
    public boolean may(Role[] allowed, String agencyCode) {
        if (system) {
            return true;
        }
        boolean role = has(Role.ADMIN) || (allowed.length == 0 ? !roles.isEmpty() : java.util.Arrays.stream(allowed).anyMatch(this::has));
        return role && (agencyCode == null || inScope(agencyCode));
    }
}
