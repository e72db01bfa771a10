package org.akuntabel.registers.synthetic;

import org.akuntabel.persistence.ConfiguredDataSource;
import org.akuntabel.persistence.SchemaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticRegisterWriterTest {

    @Test
    void writesTheRegistersOfSyntheticAgenciesOnlyAndReadsBackAsGenerated(@TempDir Path data) throws SQLException {
        ConfiguredDataSource dataSource = new ConfiguredDataSource(Map.of(ConfiguredDataSource.DATA, data.toString()));
        SchemaMigration.upToDate(dataSource);
        SyntheticDataset dataset = new SyntheticDataset(8, 2025);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO agency (code, name, gov_level, scale_rule_set, version)"
                        + " VALUES ('beltim', 'Dinas Belitung Timur', 'KABUPATEN', 'skala-capaian-beltim', 1)");
                statement.executeUpdate("INSERT INTO cooperative (agency_id, name, status, version)"
                        + " SELECT id, 'Koperasi Nyata', 'AKTIF', 1 FROM agency WHERE code = 'beltim'");
            }
            SyntheticRegisterWriter writer = new SyntheticRegisterWriter(connection);
            SyntheticRegisterWriter.Written written = writer.write(dataset, 300, 200, 6_000);

            long years = LongStream.range(0, 300).map(i -> dataset.cooperative(i).years().size()).sum();
            assertEquals(new SyntheticRegisterWriter.Written(514, 300, years, 200, 6_000), written);
            assertEquals(515, count(connection, "SELECT COUNT(*) FROM agency"));
            assertEquals(514, count(connection, "SELECT COUNT(*) FROM agency WHERE code LIKE 'sintetis-%' AND name LIKE '%(SINTETIS)'"));
            assertEquals(301, count(connection, "SELECT COUNT(*) FROM cooperative"));
            assertEquals(years, count(connection, "SELECT COUNT(*) FROM cooperative_year"));
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM cooperative c JOIN agency a ON a.id = c.agency_id WHERE a.code = 'beltim'"));
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM micro_business WHERE source_document <> '"
                    + SyntheticDataset.SOURCE_DOCUMENT + "'"));

            SyntheticMicroBusiness business = dataset.microBusiness(4_321);
            try (PreparedStatement select = connection.prepareStatement("SELECT a.code, m.kecamatan, m.nib, m.fixed_place, m.capital"
                    + " FROM micro_business m JOIN agency a ON a.id = m.agency_id WHERE m.name = ?")) {
                select.setString(1, business.name());
                try (ResultSet row = select.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals(business.region().agencyCode(), row.getString(1));
                    assertEquals(business.kecamatan(), row.getString(2));
                    assertEquals(business.nib(), row.getString(3));
                    assertEquals(business.fixedPlace(), (Boolean) row.getObject(4));
                    assertEquals(business.capital() == null ? null : business.capital().stripTrailingZeros(),
                            row.getBigDecimal(5) == null ? null : row.getBigDecimal(5).stripTrailingZeros());
                }
            }
            SyntheticCooperative cooperative = dataset.cooperative(123);
            assertEquals(cooperative.years().size(), count(connection, "SELECT COUNT(*) FROM cooperative_year y JOIN cooperative c"
                    + " ON c.id = y.cooperative_id WHERE c.name = '" + cooperative.name() + "'"));

            assertThrows(IllegalStateException.class, () -> writer.write(dataset, 1, 0, 0), "refuses to write twice");
            writer.deleteRegisters();
            assertEquals(1, count(connection, "SELECT COUNT(*) FROM cooperative"));
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM cooperative_year"));
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM micro_business") + count(connection, "SELECT COUNT(*) FROM company"));
            assertEquals(515, count(connection, "SELECT COUNT(*) FROM agency"));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
