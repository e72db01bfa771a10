package org.akuntabel.evaluation.batch;

import org.akuntabel.evaluation.Subject;
import org.akuntabel.registers.company.CompanyFacts;
import org.akuntabel.registers.cooperative.CooperativeFacts;

import org.akuntabel.registers.microbusiness.MicroBusinessFacts;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A register a batch run can evaluate: its table, the criteria rule set that judges it, and how a page of its entities
 * is read as facts for a reporting year, straight from the database (the facts the evaluation of one agency builds
 * from the same rows: {@code MicroBusinessSubjects}, {@code CooperativeSubjects}, {@code CompanySubjects}).
 */
public enum BatchRegister {

    /** Micro-businesses judged as entrepreneurs (indicator UM_WIRAUSAHA). */
    USAHA_MIKRO("usaha-mikro", "micro_business", "wirausaha-usaha-mikro", "") {
        @Override
        Object[] values(ResultSet row) throws SQLException {
            return new Object[] {row.getLong("id"), row.getString("name"), row.getString("kecamatan"),
                    bool(row, "fixed_commodity"), bool(row, "fixed_place"), bool(row, "financial_records"),
                    bool(row, "separated_finances"), bool(row, "entrepreneurship_training"), bool(row, "finance_access"),
                    row.getString("nib"), row.getString("npwp"), row.getBigDecimal("capital"), row.getBigDecimal("annual_sales")};
        }

        @Override
        Subject facts(Object[] v, int year, Map<Long, Map<Integer, Object[]>> years) {
            return new MicroBusinessFacts((Long) v[0], (String) v[1], (String) v[2], year, (Boolean) v[3], (Boolean) v[4],
                    (Boolean) v[5], (Boolean) v[6], (Boolean) v[7], (Boolean) v[8], (String) v[9], (String) v[10], null,
                    (BigDecimal) v[11], (BigDecimal) v[12]);
        }
    },
    /** Active cooperatives judged as quality cooperatives (indicator KOPERASI_BERKUALITAS), with their yearly records. */
    KOPERASI("koperasi", "cooperative", "koperasi-berkualitas", " AND status = 'AKTIF'") {
        @Override
        Object[] values(ResultSet row) throws SQLException {
            return new Object[] {row.getLong("id"), row.getString("name")};
        }

        @Override
        Subject facts(Object[] v, int year, Map<Long, Map<Integer, Object[]>> years) {
            Map<Integer, Object[]> own = years.getOrDefault((Long) v[0], Map.of());
            Object[] current = own.get(year);
            Object[] previous = own.get(year - 1);
            Object[] twoYearsAgo = own.get(year - 2);
            return new CooperativeFacts((Long) v[0], (String) v[1], year,
                    current == null ? null : (LocalDate) current[0],
                    previous == null ? null : (LocalDate) previous[0],
                    twoYearsAgo == null ? null : (LocalDate) twoYearsAgo[0],
                    previous == null ? null : (BigDecimal) previous[1],
                    current == null ? null : (BigDecimal) current[1],
                    previous == null ? null : (BigDecimal) previous[2],
                    current == null ? null : (BigDecimal) current[2]);
        }

        @Override
        Map<Long, Map<Integer, Object[]>> years(Connection connection, long fromId, long toId, int year) throws SQLException {
            Map<Long, Map<Integer, Object[]>> years = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT cooperative_id, report_year, rat_date,"
                    + " business_volume, assets FROM cooperative_year WHERE cooperative_id >= ? AND cooperative_id <= ?"
                    + " AND report_year >= ? AND report_year <= ?")) {
                query.setLong(1, fromId);
                query.setLong(2, toId);
                query.setInt(3, year - 2);
                query.setInt(4, year);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Date rat = rows.getDate(3);
                        years.computeIfAbsent(rows.getLong(1), id -> new HashMap<>()).put(rows.getInt(2),
                                new Object[] {rat == null ? null : rat.toLocalDate(), rows.getBigDecimal(4), rows.getBigDecimal(5)});
                    }
                }
            }
            return years;
        }
    },
    /** Companies judged for decent work governance (indicator PERUSAHAAN_LAYAK). */
    PERUSAHAAN("perusahaan", "company", "perusahaan-layak", "") {
        @Override
        Object[] values(ResultSet row) throws SQLException {
            return new Object[] {row.getLong("id"), row.getString("name"), integer(row, "workers"), bool(row, "pp_pkb"),
                    row.getString("pp_pkb_number"), bool(row, "lks_bipartit"), row.getString("lks_bipartit_decree"),
                    bool(row, "wage_structure"), integer(row, "bpjs_participants")};
        }

        @Override
        Subject facts(Object[] v, int year, Map<Long, Map<Integer, Object[]>> years) {
            return new CompanyFacts((Long) v[0], (String) v[1], (Integer) v[2], (Boolean) v[3], (String) v[4], (Boolean) v[5],
                    (String) v[6], (Boolean) v[7], (Integer) v[8], year);
        }
    };

    private final String key;
    private final String table;
    private final String ruleSet;
    private final String filter;

    BatchRegister(String key, String table, String ruleSet, String filter) {
        this.key = key;
        this.table = table;
        this.ruleSet = ruleSet;
        this.filter = filter;
    }

    /** {@code usaha-mikro}, {@code koperasi}, {@code perusahaan}: the register names of the REST API and the imports. */
    public String getKey() {
        return key;
    }

    /** The criteria rule set judging this register. */
    public String getRuleSet() {
        return ruleSet;
    }

    public static Optional<BatchRegister> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    /** One entity read for judging, with the agency it belongs to. */
    public record Entity(long agencyId, Subject facts) {
    }

    /** The SQL condition selecting the entities of a scope, on the register table's {@code agency_id}. */
    static String scopeCondition(String scope) {
        return BatchRuns.SYNTHETIC.equals(scope)
                ? "agency_id IN (SELECT id FROM agency WHERE code LIKE 'sintetis-%')"
                : "agency_id IN (SELECT id FROM agency WHERE code = ?)";
    }

    private int bindScope(PreparedStatement statement, int index, String scope) throws SQLException {
        if (!BatchRuns.SYNTHETIC.equals(scope)) {
            statement.setString(index++, scope);
        }
        return index;
    }

    /** How many entities of the scope there are, and the ids at the given ranks (0-based, in id order): the partition bounds. */
    long count(Connection connection, String scope) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE "
                + scopeCondition(scope) + filter)) {
            bindScope(query, 1, scope);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The id of the entity at {@code rank} (0-based) in id order within the scope. */
    long idAtRank(Connection connection, String scope, long rank) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM " + table + " WHERE " + scopeCondition(scope)
                + filter + " ORDER BY id OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY")) {
            int index = bindScope(query, 1, scope);
            query.setLong(index, rank);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("No " + table + " at rank " + rank + " of scope " + scope);
                }
                return rows.getLong(1);
            }
        }
    }

    /**
     * The next page: at most {@code size} entities of the scope with {@code afterId < id <= lastId}, in id order, as
     * facts for {@code year}.
     */
    List<Entity> page(Connection connection, String scope, long afterId, long lastId, int size, int year) throws SQLException {
        List<Object[]> rows = new ArrayList<>(size);
        List<Long> agencies = new ArrayList<>(size);
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM " + table + " WHERE id > ? AND id <= ? AND "
                + scopeCondition(scope) + filter + " ORDER BY id FETCH FIRST " + size + " ROWS ONLY")) {
            query.setLong(1, afterId);
            query.setLong(2, lastId);
            bindScope(query, 3, scope);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(values(result));
                    agencies.add(result.getLong("agency_id"));
                }
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Integer, Object[]>> years = years(connection, (Long) rows.get(0)[0], (Long) rows.get(rows.size() - 1)[0], year);
        List<Entity> page = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            page.add(new Entity(agencies.get(i), facts(rows.get(i), year, years)));
        }
        return page;
    }

    /** The values of one row the facts are made of, the id first. */
    abstract Object[] values(ResultSet row) throws SQLException;

    /** The facts for {@code year} from {@link #values}, with the yearly records of {@link #years} where the register has them. */
    abstract Subject facts(Object[] values, int year, Map<Long, Map<Integer, Object[]>> years);

    /** The yearly records of the entities with ids in [{@code fromId}, {@code toId}] for the three years up to {@code year}. */
    Map<Long, Map<Integer, Object[]>> years(Connection connection, long fromId, long toId, int year) throws SQLException {
        return Map.of();
    }

    private static Boolean bool(ResultSet row, String column) throws SQLException {
        boolean value = row.getBoolean(column);
        return row.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
