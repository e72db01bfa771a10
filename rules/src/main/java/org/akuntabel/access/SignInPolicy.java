package org.akuntabel.access;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Lock-out after repeated failures: from {@value #LOCK_AFTER} failed sign-ins in a row an account is locked for
 * {@link #LOCK_FOR}; while locked, even the right password is refused (and not checked); a good sign-in clears the count.
 */
public final class SignInPolicy {

    public static final int LOCK_AFTER = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    public enum Outcome { VALID, INVALID, LOCKED, DISABLED }

    private SignInPolicy() {
    }

    /**
     * The outcome of a sign-in attempt on {@code account} at {@code now}; {@code passwordMatches} is asked only when the
     * account may sign in. Updates the account's counters.
     */
    public static Outcome attempt(UserAccount account, java.util.function.BooleanSupplier passwordMatches, LocalDateTime now) {
        if (!account.isEnabled()) {
            return Outcome.DISABLED;
        }
        if (account.lockedAt(now)) {
            return Outcome.LOCKED;
        }
        if (passwordMatches.getAsBoolean()) {
            account.succeededLogin();
            return Outcome.VALID;
        }
        if (account.getLockedUntil() != null) {
            // the previous lock-out has run out: count afresh
            account.succeededLogin();
        }
        account.failedLogin(LOCK_AFTER, now.plus(LOCK_FOR));
        return account.lockedAt(now) ? Outcome.LOCKED : Outcome.INVALID;
    }
}
