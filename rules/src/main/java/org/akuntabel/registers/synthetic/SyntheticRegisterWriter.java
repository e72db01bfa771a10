package org.akuntabel.registers.synthetic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a synthetic national register ({@link SyntheticDataset}) into the application's database in bulk (JDBC
 * batches, one commit per chunk): one agency per kabupaten/kota, all with codes starting {@code sintetis-}, and their
 * cooperatives (with their yearly records), companies and micro-businesses. It writes only into synthetic agencies:
 * nothing of a real agency is read or changed, and every record names {@link SyntheticDataset#SOURCE_DOCUMENT} as
 * its source. The registers of the synthetic agencies must be empty ({@link #deleteRegisters()} empties them).
 */
public final class SyntheticRegisterWriter {

    /** Rows per batch and per commit. */
    static final int CHUNK = 5_000;
    private static final String SCALE_RULE_SET = "skala-capaian-permendagri-86";

    private final Connection connection;
    private final boolean batchKeys;

    /** @param connection an open connection; its auto-commit is switched off while writing */
    public SyntheticRegisterWriter(Connection connection) throws SQLException {
        this.connection = connection;
        // PostgreSQL returns the generated ids of a whole batch; Derby only of single statements
        this.batchKeys = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
    }

    /** What was written. */
    public record Written(int agencies, long cooperatives, long cooperativeYears, long companies, long microBusinesses) {
    }

    /**
     * Writes the first {@code cooperatives}, {@code companies} and {@code microBusinesses} entities of {@code dataset}.
     *
     * @throws IllegalStateException if a synthetic agency already has entities in its registers
     */
    public Written write(SyntheticDataset dataset, long cooperatives, long companies, long microBusinesses) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, Long> agencies = agencies(dataset.regions());
            long existing = count("cooperative") + count("company") + count("micro_business");
            if (existing > 0) {
                throw new IllegalStateException("The synthetic agencies already have " + existing
                        + " entities in their registers; delete them first (SyntheticRegisterWriter.deleteRegisters)");
            }
            long years = writeCooperatives(dataset, cooperatives, agencies);
            writeCompanies(dataset, companies, agencies);
            writeMicroBusinesses(dataset, microBusinesses, agencies);
            updateStatistics();
            return new Written(agencies.size(), cooperatives, years, companies, microBusinesses);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * After a bulk load PostgreSQL's planner knows nothing of the new rows until autovacuum analyses the tables, up to a
     * minute later; until then it may read a register page by page with a scan of the whole table. So the tables
     * written are analysed at once, as PostgreSQL's documentation advises after loading data.
     */
    private void updateStatistics() throws SQLException {
        if (batchKeys) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE agency, cooperative, cooperative_year, company, micro_business");
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Deletes every entity of the synthetic agencies' registers (not the agencies, nor anything of a real agency). */
    public void deleteRegisters() throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            String synthetic = "(SELECT id FROM agency WHERE code LIKE '" + SyntheticDataset.AGENCY_PREFIX + "%')";
            statement.executeUpdate("DELETE FROM cooperative_year WHERE cooperative_id IN (SELECT id FROM cooperative WHERE agency_id IN "
                    + synthetic + ")");
            statement.executeUpdate("DELETE FROM cooperative WHERE agency_id IN " + synthetic);
            statement.executeUpdate("DELETE FROM company WHERE agency_id IN " + synthetic);
            statement.executeUpdate("DELETE FROM micro_business WHERE agency_id IN " + synthetic);
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE agency_id IN (SELECT id FROM agency WHERE code LIKE '"
                     + SyntheticDataset.AGENCY_PREFIX + "%')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The synthetic agencies by code, added where missing. */
    private Map<String, Long> agencies(List<Region> regions) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, code FROM agency WHERE code LIKE ?")) {
            select.setString(1, SyntheticDataset.AGENCY_PREFIX + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO agency (code, name, gov_level, region, scale_rule_set, version) VALUES (?, ?, ?, ?, ?, 1)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (Region region : regions) {
                if (!region.agencyCode().startsWith(SyntheticDataset.AGENCY_PREFIX)) {
                    throw new IllegalArgumentException("Not a synthetic agency: " + region.agencyCode());
                }
                if (ids.containsKey(region.agencyCode())) {
                    continue;
                }
                insert.setString(1, region.agencyCode());
                insert.setString(2, region.agencyName());
                insert.setString(3, region.level().name());
                insert.setString(4, region.name() + ", Provinsi " + region.province() + " (SINTETIS)");
                insert.setString(5, SCALE_RULE_SET);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.put(region.agencyCode(), keys.getLong(1));
                }
            }
        }
        connection.commit();
        return ids;
    }

    private long writeCooperatives(SyntheticDataset dataset, long count, Map<String, Long> agencies) throws SQLException {
        String sql = "INSERT INTO cooperative (agency_id, name, registration_number, status, source_document, source_location, version)"
                + " VALUES (?, ?, ?, 'AKTIF', ?, ?, 1)";
        long years = 0;
        try (PreparedStatement cooperative = batchKeys ? connection.prepareStatement(sql, new String[] {"id"})
                : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement year = connection.prepareStatement("INSERT INTO cooperative_year (cooperative_id, report_year,"
                     + " rat_date, business_volume, assets, source_document, source_location, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (long from = 0; from < count; from += CHUNK) {
                long to = Math.min(count, from + CHUNK);
                SyntheticCooperative[] chunk = new SyntheticCooperative[(int) (to - from)];
                long[] ids = new long[chunk.length];
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = dataset.cooperative(from + i);
                    cooperative.setLong(1, agencies.get(chunk[i].region().agencyCode()));
                    cooperative.setString(2, chunk[i].name());
                    cooperative.setString(3, chunk[i].registrationNumber());
                    cooperative.setString(4, SyntheticDataset.SOURCE_DOCUMENT);
                    cooperative.setString(5, location(dataset, "koperasi", chunk[i].id()));
                    if (batchKeys) {
                        cooperative.addBatch();
                    } else {
                        cooperative.executeUpdate();
                        ids[i] = generatedId(cooperative);
                    }
                }
                if (batchKeys) {
                    cooperative.executeBatch();
                    try (ResultSet keys = cooperative.getGeneratedKeys()) {
                        for (int i = 0; i < chunk.length; i++) {
                            if (!keys.next()) {
                                throw new SQLException("The database returned " + i + " ids for " + chunk.length + " cooperatives");
                            }
                            ids[i] = keys.getLong(1);
                        }
                    }
                }
                for (int i = 0; i < chunk.length; i++) {
                    for (SyntheticCooperative.Year record : chunk[i].years()) {
                        year.setLong(1, ids[i]);
                        year.setInt(2, record.year());
                        setDate(year, 3, record.ratDate());
                        setDecimal(year, 4, record.businessVolume());
                        setDecimal(year, 5, record.assets());
                        year.setString(6, SyntheticDataset.SOURCE_DOCUMENT);
                        year.setString(7, location(dataset, "koperasi", chunk[i].id()) + ", tahun " + record.year());
                        year.addBatch();
                        years++;
                    }
                }
                year.executeBatch();
                connection.commit();
            }
        }
        return years;
    }

    private void writeCompanies(SyntheticDataset dataset, long count, Map<String, Long> agencies) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO company (agency_id, name, sector, workers, pp_pkb,"
                + " pp_pkb_number, lks_bipartit, lks_bipartit_decree, wage_structure, bpjs_participants, source_document,"
                + " source_location, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (long i = 0; i < count; i++) {
                SyntheticCompany company = dataset.company(i);
                insert.setLong(1, agencies.get(company.region().agencyCode()));
                insert.setString(2, company.name());
                insert.setString(3, company.sector());
                setInteger(insert, 4, company.workers());
                setBoolean(insert, 5, company.ppPkb());
                insert.setString(6, company.ppPkbNumber());
                setBoolean(insert, 7, company.lksBipartit());
                insert.setString(8, company.lksBipartitDecree());
                setBoolean(insert, 9, company.wageStructure());
                setInteger(insert, 10, company.bpjsParticipants());
                insert.setString(11, SyntheticDataset.SOURCE_DOCUMENT);
                insert.setString(12, location(dataset, "perusahaan", company.id()));
                insert.addBatch();
                if ((i + 1) % CHUNK == 0 || i + 1 == count) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    private void writeMicroBusinesses(SyntheticDataset dataset, long count, Map<String, Long> agencies) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO micro_business (agency_id, name, owner_name, kecamatan,"
                + " nib, npwp, fixed_commodity, fixed_place, financial_records, separated_finances, entrepreneurship_training,"
                + " finance_access, capital, annual_sales, source_document, source_location, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (long i = 0; i < count; i++) {
                SyntheticMicroBusiness business = dataset.microBusiness(i);
                insert.setLong(1, agencies.get(business.region().agencyCode()));
                insert.setString(2, business.name());
                insert.setString(3, business.ownerName());
                insert.setString(4, business.kecamatan());
                insert.setString(5, business.nib());
                insert.setString(6, business.npwp());
                setBoolean(insert, 7, business.fixedCommodity());
                setBoolean(insert, 8, business.fixedPlace());
                setBoolean(insert, 9, business.financialRecords());
                setBoolean(insert, 10, business.separatedFinances());
                setBoolean(insert, 11, business.entrepreneurshipTraining());
                setBoolean(insert, 12, business.financeAccess());
                setDecimal(insert, 13, business.capital());
                setDecimal(insert, 14, business.annualSales());
                insert.setString(15, SyntheticDataset.SOURCE_DOCUMENT);
                insert.setString(16, location(dataset, "usaha mikro", business.id()));
                insert.addBatch();
                if ((i + 1) % CHUNK == 0 || i + 1 == count) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    private static String location(SyntheticDataset dataset, String kind, long id) {
        return "seed " + dataset.seed() + ", " + kind + " no. " + id;
    }

    private static long generatedId(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("The database returned no generated id");
            }
            return keys.getLong(1);
        }
    }

    private static void setDate(PreparedStatement statement, int index, java.time.LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }
}
