package org.akuntabel.access;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.akuntabel.persistence.SchemaMigration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The audit log: who did what, when, to which entity of which agency, before → after and why. Only appends
 * ({@link AuditChain}); there is no path to change or remove an entry. Data changes are recorded by
 * {@link AuditListener} in the transaction that makes them; refusals and failed sign-ins in a transaction of their own,
 * since the action they belong to does not happen.
 */
@Stateless
public class AuditLog {

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    private DataSource dataSource;

    @Inject
    private Callers callers;

    /** Records an event by the current caller, in the current transaction (it stays only if that commits). */
    public void record(String action, String entityType, String entityId, String agencyCode, String before, String after,
                       String reason) {
        append(new AuditChain.Event(callers.current().name(), action, entityType, entityId, agencyCode, before, after, reason));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, String what, String agencyCode) {
        append(new AuditChain.Event(username, "ACCESS_DENIED", null, null, agencyCode, null, null, what));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loginFailed(String username, String why) {
        append(new AuditChain.Event(username == null ? "" : username, "LOGIN_FAILED", "UserAccount", username, null, null, null, why));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loggedIn(String username) {
        append(new AuditChain.Event(username, "LOGIN", "UserAccount", username, null, null, null, null));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditChain.Verification verify() {
        requireReader(null);
        try (Connection connection = dataSource.getConnection()) {
            return AuditChain.verify(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Log audit tidak terbaca", e);
        }
    }

    /**
     * Entries filtered by agency, entity, user and period, for the AUDITOR (only the agencies assigned), ADMIN and
     * KEBIJAKAN. An auditor asking for no agency sees only the assigned ones' entries and the entries of no agency.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditChain.Row> find(String agencyCode, String entityType, String entityId, String username, LocalDateTime from,
                                     LocalDateTime to, int limit) {
        Caller caller = requireReader(agencyCode);
        try (Connection connection = dataSource.getConnection()) {
            return AuditChain.find(connection, agencyCode, entityType, entityId, username, from, to, limit).stream()
                    .filter(row -> row.agencyCode() == null || caller.inScope(row.agencyCode())).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("Log audit tidak terbaca", e);
        }
    }

    /**
     * The data history of one entity of an agency (its rows and those of its parts), for its trace page: whoever may
     * read the agency may read how its data came to be.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditChain.Row> history(String agencyCode, String entityType, String entityId) {
        Caller caller = callers.current();
        if (!caller.may(new Role[0], agencyCode)) {
            refused(caller.name(), "AuditLog.history", agencyCode);
            throw new AccessDeniedException("Akses ditolak: instansi ini di luar wewenang Anda");
        }
        try (Connection connection = dataSource.getConnection()) {
            return AuditChain.find(connection, agencyCode, entityType, entityId, null, null, null, 1000);
        } catch (SQLException e) {
            throw new IllegalStateException("Log audit tidak terbaca", e);
        }
    }

    /** ADMIN, KEBIJAKAN and AUDITOR read the log; an agency asked for must be in scope. */
    private Caller requireReader(String agencyCode) {
        Caller caller = callers.current();
        if (!caller.system() && !(caller.has(Role.ADMIN) || caller.has(Role.KEBIJAKAN) || caller.has(Role.AUDITOR))) {
            refused(caller.name(), "AuditLog", agencyCode);
            throw new AccessDeniedException("Akses ditolak: peran Anda tidak mengizinkan tindakan ini");
        }
        if (agencyCode != null && !agencyCode.isBlank() && !caller.inScope(agencyCode)) {
            refused(caller.name(), "AuditLog", agencyCode);
            throw new AccessDeniedException("Akses ditolak: instansi ini di luar wewenang Anda");
        }
        return caller;
    }

    /** Appends an event in the current transaction (the entity listener's way in). */
    public void append(AuditChain.Event event) {
        try (Connection connection = dataSource.getConnection()) {
            AuditChain.append(connection, event);
        } catch (SQLException e) {
            throw new IllegalStateException("Log audit tidak dapat ditulis", e);
        }
    }
}
