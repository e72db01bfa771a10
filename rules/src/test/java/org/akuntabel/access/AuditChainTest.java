package org.akuntabel.access;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit chain on a Derby database migrated with the application's own Flyway migrations: rows appended by the
 * application verify; a row altered, removed or appended directly in the database is reported at that row.
 */
class AuditChainTest {

    private static EmbeddedDataSource dataSource;
    private Connection connection;

    @BeforeAll
    static void database() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:audit");
        dataSource.setCreateDatabase("create");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @BeforeEach
    void fiveRows() throws SQLException {
        connection = dataSource.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM audit_log");
            sql.executeUpdate("UPDATE audit_head SET last_seq = 0, last_hash = '" + AuditChain.GENESIS + "'");
        }
        for (int i = 1; i <= 5; i++) {
            AuditChain.append(connection, new AuditChain.Event("operator.beltim", "UPDATE", i == 3 ? "Cooperative" : "CooperativeYear",
                    Integer.toString(i), "beltim",
                    "{\"assets\":\"100\"}", "{\"assets\":\"" + (100 + i) + "\"}", i == 3 ? "koreksi Tabel 3.13" : null));
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void rowsAppendedByTheApplicationFormAnIntactChain() throws SQLException {
        AuditChain.Verification verification = AuditChain.verify(connection);
        assertTrue(verification.intact(), verification.toString());
        assertEquals(5, verification.rows());
        assertNull(verification.firstBrokenSeq());
        List<AuditChain.Row> rows = AuditChain.find(connection, "beltim", null, null, null, null, null, 100);
        assertEquals(5, rows.size());
        assertEquals(AuditChain.GENESIS, rows.get(0).prevHash());
        for (int i = 1; i < rows.size(); i++) {
            assertEquals(rows.get(i - 1).hash(), rows.get(i).prevHash(), "each row names the hash of the one before");
        }
        assertEquals("koreksi Tabel 3.13", rows.get(2).reason());
        AuditChain.append(connection, new AuditChain.Event("operator.beltim", "UPDATE", "CooperativeYear", "77", "Cooperative:3", "beltim",
                null, "{}", null));
        assertEquals(List.of(3L, 6L), AuditChain.find(connection, null, "Cooperative", "3", null, null, null, 100).stream()
                .map(AuditChain.Row::seq).toList(), "an entity's history holds the rows of its parts");
        assertTrue(AuditChain.verify(connection).intact());
    }

    @Test
    void aRowWhoseContentWasChangedInTheDatabaseIsReportedAtThatRow() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE audit_log SET after_state = '{\"assets\":\"999\"}' WHERE seq = 3");
        }
        AuditChain.Verification verification = AuditChain.verify(connection);
        assertFalse(verification.intact());
        assertEquals(3L, verification.firstBrokenSeq(), verification.problem());
    }

    @Test
    void aRowWhoseHashWasAlsoRecomputedBreaksTheLinkOfTheNextRow() throws SQLException {
        List<AuditChain.Row> rows = AuditChain.find(connection, null, null, null, null, null, null, 100);
        AuditChain.Row second = rows.get(1);
        AuditChain.Row forged = new AuditChain.Row(second.seq(), second.recordedAt(), "admin", second.action(), second.entityType(),
                second.entityId(), second.owner(), second.agencyCode(), second.before(), second.after(), second.reason(), second.prevHash(), null);
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("UPDATE audit_log SET username = 'admin', hash = '" + AuditChain.hash(forged) + "' WHERE seq = 2");
        }
        AuditChain.Verification verification = AuditChain.verify(connection);
        assertEquals(3L, verification.firstBrokenSeq(), verification.problem());
    }

    @Test
    void aRemovedRowIsReported() throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM audit_log WHERE seq = 4");
        }
        assertEquals(4L, AuditChain.verify(connection).firstBrokenSeq());
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate("DELETE FROM audit_log WHERE seq = 5");
        }
        assertEquals(4L, AuditChain.verify(connection).firstBrokenSeq(), "removing the last rows is seen against the chain's head");
    }

    @Test
    void theCanonicalContentSeparatesItsFields() {
        AuditChain.Row a = new AuditChain.Row(1, java.time.LocalDateTime.of(2025, 1, 1, 0, 0), "ab", "c", null, null, null, null, null, null, null,
                AuditChain.GENESIS, null);
        AuditChain.Row b = new AuditChain.Row(1, java.time.LocalDateTime.of(2025, 1, 1, 0, 0), "a", "bc", null, null, null, null, null, null, null,
                AuditChain.GENESIS, null);
        assertFalse(AuditChain.hash(a).equals(AuditChain.hash(b)));
    }
}
