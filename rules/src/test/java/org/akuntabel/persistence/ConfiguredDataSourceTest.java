package org.akuntabel.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfiguredDataSourceTest {

    @Test
    void withoutAUrlTheEmbeddedDerbyDatabaseIsMadeInTheDataFolder(@TempDir Path data) throws SQLException {
        ConfiguredDataSource dataSource = new ConfiguredDataSource(Map.of(ConfiguredDataSource.DATA, data.toString(),
                ConfiguredDataSource.URL, " "));
        assertNull(dataSource.url());
        try (Connection connection = dataSource.getConnection()) {
            assertEquals("Apache Derby", connection.getMetaData().getDatabaseProductName());
            assertEquals(1, SchemaMigration.locations(dataSource).length);
        }
        assertTrue(Files.isDirectory(data.resolve("akuntabel")), "database created under AKUNTABEL_DATA");
    }

    @Test
    void aPostgresqlUrlGoesThroughThePostgresqlDriverWithTheUserAndPassword() {
        ConfiguredDataSource dataSource = new ConfiguredDataSource(Map.of(
                ConfiguredDataSource.URL, "jdbc:postgresql://127.0.0.1:1/akuntabel?connectTimeout=2",
                ConfiguredDataSource.USER, "akuntabel", ConfiguredDataSource.PASSWORD, "rahasia"));
        assertEquals("jdbc:postgresql://127.0.0.1:1/akuntabel?connectTimeout=2", dataSource.url());
        // nothing listens on port 1: the PostgreSQL driver itself reports it
        SQLException refused = assertThrows(SQLException.class, dataSource::getConnection);
        assertTrue(refused.getClass().getName().startsWith("org.postgresql"), refused.getClass().getName());
    }

    @Test
    void aUrlNoDriverAcceptsIsRefusedAtOnceNamingTheVariable() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> new ConfiguredDataSource(Map.of(ConfiguredDataSource.URL, "jdbc:tidakada://host/db")));
        assertTrue(error.getMessage().startsWith("AKUNTABEL_DB_URL: no JDBC driver accepts jdbc:tidakada://host/db"),
                error.getMessage());
    }
}
