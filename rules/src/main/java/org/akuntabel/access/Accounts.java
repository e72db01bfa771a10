package org.akuntabel.access;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.akuntabel.agency.Agencies;
import org.akuntabel.agency.Agency;
import org.akuntabel.registers.ValidationFailedException;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * User accounts: the password check behind sign-in (PBKDF2 as Jakarta Security provides, with lock-out after repeated
 * failures, {@link SignInPolicy}), and the accounts ADMIN manages. No account exists until ADMIN (or demo mode)
 * creates it; there is no default password.
 */
@Stateless
@Guarded
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());

    /** PBKDF2 with HMAC-SHA-512 and 210 000 iterations (OWASP's figure for it), a 32-byte salt and key. */
    public static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    /** The result of a sign-in attempt: the roles on success. */
    public record SignIn(SignInPolicy.Outcome outcome, Set<Role> roles) {
    }

    /** An account as ADMIN sees it (never the hash). */
    public record AccountView(String username, String fullName, Set<Role> roles, List<String> agencies, boolean enabled,
                              int failedLogins, LocalDateTime lockedUntil, long version) {
    }

    @PersistenceContext(unitName = "akuntabel")
    private EntityManager em;

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @Inject
    private AuditLog audit;

    /** Checks a password and counts the attempt (in a transaction of its own, so a failure is counted). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SignIn check(String username, char[] password) {
        passwordHash.initialize(HASH_PARAMETERS);
        UserAccount account = username == null ? null : em.createNamedQuery("UserAccount.findByName", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
        if (account == null) {
            passwordHash.generate(password);      // the same work as for a known user: timing does not tell who exists
            audit.loginFailed(username, "Pengguna tidak dikenal");
            return new SignIn(SignInPolicy.Outcome.INVALID, Set.of());
        }
        SignInPolicy.Outcome outcome = SignInPolicy.attempt(account, () -> passwordHash.verify(password, account.getPasswordHash()),
                LocalDateTime.now(ZoneOffset.UTC));
        if (outcome != SignInPolicy.Outcome.VALID) {
            audit.loginFailed(username, switch (outcome) {
                case LOCKED -> "Akun terkunci sampai " + account.getLockedUntil() + " UTC (" + account.getFailedLogins() + " kali gagal)";
                case DISABLED -> "Akun dinonaktifkan";
                default -> "Kata sandi salah (" + account.getFailedLogins() + " kali berturut-turut)";
            });
            return new SignIn(outcome, Set.of());
        }
        return new SignIn(outcome, EnumSet.copyOf(account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : account.getRoles()));
    }

    /** How many accounts exist (none on a new installation outside demo mode). */
    @Allowed(Role.ADMIN)
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    @Allowed(Role.ADMIN)
    public List<AccountView> list() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultStream().map(Accounts::view).toList();
    }

    /** A new account; the password is stored only as its PBKDF2 hash. */
    @Allowed(Role.ADMIN)
    public AccountView create(String username, String fullName, String password, Set<Role> roles, Set<String> agencyCodes) {
        List<ValidationFailedException.FieldError> errors = new ArrayList<>();
        if (username == null || !username.matches("[a-z][a-z0-9._-]{1,99}")) {
            errors.add(new ValidationFailedException.FieldError("username", "Nama pengguna: huruf kecil, angka, titik, garis (2–100 karakter)"));
        } else if (em.createNamedQuery("UserAccount.findByName", UserAccount.class).setParameter("username", username)
                .getResultStream().findFirst().isPresent()) {
            errors.add(new ValidationFailedException.FieldError("username", "Nama pengguna " + username + " sudah dipakai"));
        }
        if (password == null || password.length() < 10) {
            errors.add(new ValidationFailedException.FieldError("password", "Kata sandi minimal 10 karakter"));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new ValidationFailedException.FieldError("roles", "Pilih minimal satu peran"));
        }
        ValidationFailedException.throwIfAny(errors);
        Set<Agency> agencies = new LinkedHashSet<>();
        for (String code : agencyCodes == null ? Set.<String>of() : agencyCodes) {
            agencies.add(Agencies.byCode(em, code));
        }
        passwordHash.initialize(HASH_PARAMETERS);
        UserAccount account = new UserAccount(username, fullName, passwordHash.generate(password.toCharArray()), roles, agencies);
        em.persist(account);
        em.flush();
        LOG.info(() -> "Account " + username + " created with " + roles);
        return view(account);
    }

    /**
     * The demo users of demo mode: created when missing, never changed afterwards. Their passwords are public (README),
     * so their PBKDF2 hashes are given ready-made and start-up spends no time hashing.
     */
    @Allowed(Role.ADMIN)
    public int ensureDemoUsers(List<DemoUser> users) {
        int added = 0;
        for (DemoUser user : users) {
            boolean exists = em.createNamedQuery("UserAccount.findByName", UserAccount.class).setParameter("username", user.username())
                    .getResultStream().findFirst().isPresent();
            if (!exists) {
                Set<Agency> agencies = new LinkedHashSet<>();
                user.agencies().forEach(code -> agencies.add(Agencies.byCode(em, code)));
                em.persist(new UserAccount(user.username(), user.fullName(), user.passwordHash(), user.roles(), agencies));
                added++;
            }
        }
        return added;
    }

    /** A demo account (demo mode only), with the PBKDF2 hash of its documented password. */
    public record DemoUser(String username, String fullName, String passwordHash, Set<Role> roles, Set<String> agencies) {
    }

    private static AccountView view(UserAccount u) {
        return new AccountView(u.getUsername(), u.getFullName(), u.getRoles(), u.getAgencies().stream().map(Agency::getCode).sorted().toList(),
                u.isEnabled(), u.getFailedLogins(), u.getLockedUntil(), u.getVersion());
    }
}
