package org.akuntabel.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.akuntabel.agency.Agency;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person who signs in: a PBKDF2 password hash (never the password), roles, the agencies worked for, and the
 * count of failed sign-ins since the last good one with the time a lock-out ends.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.findByName", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "full_name", length = 200)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "app_user_agency", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "agency_id"))
    private Set<Agency> agencies = new LinkedHashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String fullName, String passwordHash, Set<Role> roles, Set<Agency> agencies) {
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.agencies = new LinkedHashSet<>(agencies);
    }

    /** A failed sign-in: counted, and from {@code lockAfter} failures in a row the account is locked until {@code until}. */
    public void failedLogin(int lockAfter, LocalDateTime until) {
        failedLogins++;
        if (failedLogins >= lockAfter) {
            lockedUntil = until;
        }
    }

    /** A good sign-in clears the count and any lock-out. */
    public void succeededLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        succeededLogin();
    }

    public void assign(Set<Role> roles, Set<Agency> agencies, boolean enabled) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.agencies = new LinkedHashSet<>(agencies);
        this.enabled = enabled;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFullName() { return fullName; }
    public String getPasswordHash() { return passwordHash; }
    public boolean isEnabled() { return enabled; }
    public int getFailedLogins() { return failedLogins; }
    public LocalDateTime getLockedUntil() { return lockedUntil; }
    public Set<Role> getRoles() { return roles; }
    public Set<Agency> getAgencies() { return agencies; }
    public long getVersion() { return version; }

    @Override
    public String toString() {
        return "UserAccount[" + username + " " + roles + "]";
    }
}
