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
import java.util.logging.Logger;

/**
 * Brings the database schema up to date at start-up with the Flyway migrations in
 * {@code db/migration} (in the domain module), before anything reads or writes data.
 * <p>
 * The default database is an embedded Apache Derby database in the folder named by the environment
 * variable {@code AKUNTABEL_DATA} (default {@code ./data}, relative to the server's working directory),
 * so data survives a restart.
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${ENV=AKUNTABEL_DATA:./data}/akuntabel",
        properties = {"createDatabase=create"},
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
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
    }
}
