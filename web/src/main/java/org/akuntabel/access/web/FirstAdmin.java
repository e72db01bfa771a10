package org.akuntabel.access.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.akuntabel.access.Accounts;
import org.akuntabel.access.Role;

import java.util.Set;
import java.util.logging.Logger;

/**
 * The first account of an installation without demo mode: there is no default password, so while no account exists,
 * starting with {@code AKUNTABEL_ADMIN_PASSWORD} (environment, at least 10 characters) creates the user {@code admin}
 * with that password; ADMIN then creates the others ({@code POST /api/v1/users}).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @EJB
    private Accounts accounts;

    @PostConstruct
    void createWhenNone() {
        if (accounts.count() > 0) {
            return;
        }
        String password = System.getenv("AKUNTABEL_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            LOG.warning("No user account exists: start once with AKUNTABEL_ADMIN_PASSWORD=<at least 10 characters> to create 'admin'");
            return;
        }
        accounts.create("admin", "Administrator", password, Set.of(Role.ADMIN), Set.of());
        LOG.info("Account 'admin' created from AKUNTABEL_ADMIN_PASSWORD; remove the variable from the environment now");
    }
}
