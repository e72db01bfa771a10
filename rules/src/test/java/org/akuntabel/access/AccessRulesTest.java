package org.akuntabel.access;

import org.akuntabel.agency.Agency;
import org.akuntabel.agency.GovernmentLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Roles and agency scope ({@link Caller}), the sign-in lock-out ({@link SignInPolicy}), the agency parameter of a service call. */
class AccessRulesTest {

    private static Caller user(Role role, String... agencies) {
        return new Caller("u", EnumSet.of(role), Set.of(agencies), false);
    }

    @Test
    void anOperatorReadsAndChangesOnlyTheOwnAgency() {
        Caller operator = user(Role.OPERATOR, "beltim");
        assertTrue(operator.may(new Role[0], "beltim"));
        assertTrue(operator.may(new Role[]{Role.OPERATOR}, "beltim"));
        assertFalse(operator.may(new Role[0], "babel"), "another agency is out of scope");
        assertFalse(operator.may(new Role[]{Role.PIMPINAN}, "beltim"), "publishing is the head's");
        assertFalse(operator.may(new Role[]{Role.KEBIJAKAN}, null), "rules are policy staff's");
    }

    @Test
    void anAuditorReadsTheAssignedAgenciesAndChangesNothing() {
        Caller auditor = user(Role.AUDITOR, "beltim", "babel");
        assertTrue(auditor.may(new Role[0], "babel"));
        assertFalse(auditor.may(new Role[0], "bangka"));
        assertFalse(auditor.may(new Role[]{Role.OPERATOR}, "beltim"));
    }

    @Test
    void policyStaffReadEveryAgencyAndAdminMayDoEverything() {
        assertTrue(user(Role.KEBIJAKAN).may(new Role[0], "anywhere"));
        assertFalse(user(Role.KEBIJAKAN).may(new Role[]{Role.OPERATOR}, "beltim"));
        assertTrue(user(Role.ADMIN).may(new Role[]{Role.PIMPINAN}, "anywhere"));
    }

    @Test
    void aUserWithoutRolesMayNothingAndTheApplicationItselfEverything() {
        assertFalse(Caller.nobody("x").may(new Role[0], null));
        assertFalse(Caller.nobody("x").inScope("beltim"));
        assertTrue(Caller.SYSTEM.may(new Role[]{Role.ADMIN}, "beltim"));
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenForTheRightPassword() {
        UserAccount account = new UserAccount("a", null, "hash", Set.of(Role.OPERATOR), Set.<Agency>of());
        LocalDateTime now = LocalDateTime.of(2026, 1, 5, 8, 0);
        for (int i = 1; i < SignInPolicy.LOCK_AFTER; i++) {
            assertEquals(SignInPolicy.Outcome.INVALID, SignInPolicy.attempt(account, () -> false, now));
        }
        assertEquals(SignInPolicy.Outcome.LOCKED, SignInPolicy.attempt(account, () -> false, now));
        assertEquals(SignInPolicy.Outcome.LOCKED, SignInPolicy.attempt(account, () -> {
            throw new AssertionError("a locked account's password is not checked");
        }, now.plusMinutes(14)));
        assertEquals(SignInPolicy.Outcome.VALID, SignInPolicy.attempt(account, () -> true, now.plus(SignInPolicy.LOCK_FOR)),
                "the lock runs out");
        assertEquals(0, account.getFailedLogins());
        assertNull(account.getLockedUntil());
    }

    @Test
    void aGoodSignInClearsTheCountAndAnExpiredLockCountsAfresh() {
        UserAccount account = new UserAccount("a", null, "hash", Set.of(Role.OPERATOR), Set.<Agency>of());
        LocalDateTime now = LocalDateTime.of(2026, 1, 5, 8, 0);
        for (int i = 0; i < SignInPolicy.LOCK_AFTER - 1; i++) {
            SignInPolicy.attempt(account, () -> false, now);
        }
        assertEquals(SignInPolicy.Outcome.VALID, SignInPolicy.attempt(account, () -> true, now));
        assertEquals(SignInPolicy.Outcome.INVALID, SignInPolicy.attempt(account, () -> false, now), "counting starts again");
        for (int i = 0; i < SignInPolicy.LOCK_AFTER; i++) {
            SignInPolicy.attempt(account, () -> false, now);
        }
        LocalDateTime later = now.plus(SignInPolicy.LOCK_FOR).plusMinutes(1);
        assertEquals(SignInPolicy.Outcome.INVALID, SignInPolicy.attempt(account, () -> false, later),
                "one failure after an expired lock does not lock again");
    }

    @Test
    void aDisabledAccountNeverSignsIn() {
        UserAccount account = new UserAccount("a", null, "hash", Set.of(Role.OPERATOR), Set.<Agency>of());
        account.assign(Set.of(Role.OPERATOR), Set.of(new Agency("beltim", "Dinas", GovernmentLevel.KABUPATEN, null, "s")), false);
        assertEquals(SignInPolicy.Outcome.DISABLED, SignInPolicy.attempt(account, () -> true, LocalDateTime.now()));
    }

    @SuppressWarnings("unused")
    static class Service {
        public void change(String agencyCode, long id) {
        }

        public void other(String name, String code) {
        }
    }

    @Test
    void theAgencyOfACallIsItsAgencyCodeParameter() throws NoSuchMethodException {
        assertEquals("beltim", AccessInterceptor.agencyCode(Service.class.getMethod("change", String.class, long.class),
                new Object[]{"beltim", 3L}));
        assertNull(AccessInterceptor.agencyCode(Service.class.getMethod("other", String.class, String.class), new Object[]{"a", "b"}));
    }
}
