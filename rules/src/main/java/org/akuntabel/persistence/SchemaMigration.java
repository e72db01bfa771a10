package org.akuntabel.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Brings the database schema up to date at start-up with the Flyway migrations in
 * {@code db/migration} (in the domain module), before anything reads or writes data.
 * <p>
 * The database is chosen by the environment ({@link ConfiguredDataSource}): PostgreSQL (or another database with a JDBC
 * driver in the WAR) when {@code AKUNTABEL_DB_URL} is set, with {@code AKUNTABEL_DB_USER} and
 * {@code AKUNTABEL_DB_PASSWORD}; otherwise an embedded Apache Derby database in the folder named by the environment
 * variable {@code AKUNTABEL_DATA} (default {@code ./data}, relative to the server's working directory), so data
 * survives a restart. The same migrations make both; on PostgreSQL the migrations in {@code db/postgresql} run as well
 * (before {@code V1}: the {@code CLOB} and {@code BLOB} types the portable migrations use, as PostgreSQL domains over
 * {@code TEXT} and {@code BYTEA}).
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.akuntabel.persistence.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 20)
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/akuntabel";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = upToDate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }

    /**
     * Brings the schema of {@code dataSource} up to date (also for tools that write to the database outside the server).
     * Not named like the {@code @PostConstruct} method: the EJB container finds lifecycle callbacks by name.
     */
    public static MigrateResult upToDate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .load()
                .migrate();
    }

    /** The portable migrations, and on PostgreSQL those in {@code db/postgresql} too. */
    static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.toLowerCase(Locale.ROOT).contains("postgresql")
                    ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[] {"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database: " + e.getMessage(), e);
        }
    }
}
