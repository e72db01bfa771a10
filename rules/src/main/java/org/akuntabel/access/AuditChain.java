package org.akuntabel.access;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit log as a hash chain, in plain JDBC so that the same code appends from the services, from the entity
 * listener in the middle of a flush, and from a test on a bare Derby database. Appending locks the one row of
 * {@code audit_head} until the transaction ends, so appends are serialised and the chain has no forks; each row's
 * {@code hash} is the SHA-256 of its canonical content, which includes {@code prev_hash}, the hash of the row before.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    /** One event to record. {@code before}/{@code after}: the entity's fields before and after, as text. */
    public record Event(String username, String action, String entityType, String entityId, String owner, String agencyCode,
                        String before, String after, String reason) {

        public Event(String username, String action, String entityType, String entityId, String agencyCode, String before, String after,
                     String reason) {
            this(username, action, entityType, entityId, null, agencyCode, before, after, reason);
        }
    }

    /** A stored row. */
    public record Row(long seq, LocalDateTime recordedAt, String username, String action, String entityType, String entityId,
                      String owner, String agencyCode, String before, String after, String reason, String prevHash, String hash)
            implements Serializable {
    }

    /** The verifier's answer: intact, or the first row whose link is broken and why. */
    public record Verification(boolean intact, long rows, Long firstBrokenSeq, String problem) implements Serializable {
    }

    private AuditChain() {
    }

    /** Appends the event as the next row of the chain, in the connection's current transaction. */
    public static Row append(Connection connection, Event event) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("UPDATE audit_head SET last_seq = last_seq + 1 WHERE id = 1")) {
            if (lock.executeUpdate() != 1) {
                throw new SQLException("audit_head has no row");
            }
        }
        long seq;
        String prev;
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            rs.next();
            seq = rs.getLong(1);
            prev = rs.getString(2);
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Row row = new Row(seq, now, truncate(event.username(), 100), truncate(event.action(), 40), truncate(event.entityType(), 100),
                truncate(event.entityId(), 100), truncate(event.owner(), 200), truncate(event.agencyCode(), 40), event.before(), event.after(),
                truncate(event.reason(), 2000), prev, null);
        String hash = hash(row);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (seq, recorded_at, username, action, "
                + "entity_type, entity_id, owner, agency_code, before_state, after_state, reason, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            insert.setLong(1, seq);
            insert.setTimestamp(2, Timestamp.valueOf(now));
            insert.setString(3, row.username());
            insert.setString(4, row.action());
            insert.setString(5, row.entityType());
            insert.setString(6, row.entityId());
            insert.setString(7, row.owner());
            insert.setString(8, row.agencyCode());
            insert.setString(9, row.before());
            insert.setString(10, row.after());
            insert.setString(11, row.reason());
            insert.setString(12, prev);
            insert.setString(13, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement head = connection.prepareStatement("UPDATE audit_head SET last_hash = ? WHERE id = 1")) {
            head.setString(1, hash);
            head.executeUpdate();
        }
        return new Row(seq, now, row.username(), row.action(), row.entityType(), row.entityId(), row.owner(), row.agencyCode(),
                row.before(), row.after(), row.reason(), prev, hash);
    }

    /**
     * Reads the chain in order and reports the first row that is not what was appended: its hash does not match its
     * content, its {@code prev_hash} is not the hash of the row before, a row is missing, or rows after the last
     * recorded one were removed.
     */
    public static Verification verify(Connection connection) throws SQLException {
        long expectedSeq = 1;
        String previous = GENESIS;
        long rows = 0;
        try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY seq");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Row row = row(rs);
                rows++;
                if (row.seq() != expectedSeq) {
                    return new Verification(false, rows, expectedSeq, "Baris " + expectedSeq + " hilang");
                }
                if (!row.prevHash().equals(previous)) {
                    return new Verification(false, rows, row.seq(), "Rantai putus: prev_hash baris " + row.seq()
                            + " bukan hash baris sebelumnya");
                }
                if (!hash(row).equals(row.hash())) {
                    return new Verification(false, rows, row.seq(), "Isi baris " + row.seq() + " tidak cocok dengan hash-nya (diubah)");
                }
                previous = row.hash();
                expectedSeq++;
            }
        }
        try (PreparedStatement head = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            if (rs.next() && (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(previous))) {
                return new Verification(false, rows, expectedSeq, "Baris terakhir (" + rs.getLong(1) + ") hilang atau diganti");
            }
        }
        return new Verification(true, rows, null, null);
    }

    static final String SELECT = "SELECT seq, recorded_at, username, action, entity_type, entity_id, owner, agency_code, before_state, "
            + "after_state, reason, prev_hash, hash FROM audit_log";

    /** Rows matching the filter (each null: any), oldest first, at most {@code limit}. */
    public static List<Row> find(Connection connection, String agencyCode, String entityType, String entityId, String username,
                                 LocalDateTime from, LocalDateTime to, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        condition(sql, values, " AND agency_code = ?", agencyCode);
        if (entityType != null && !entityType.isBlank() && entityId != null && !entityId.isBlank()) {
            // the entity and the rows that belong to it (a cooperative and its yearly records)
            sql.append(" AND ((entity_type = ? AND entity_id = ?) OR owner = ?)");
            values.add(entityType);
            values.add(entityId);
            values.add(entityType + ":" + entityId);
        } else {
            condition(sql, values, " AND entity_type = ?", entityType);
            condition(sql, values, " AND entity_id = ?", entityId);
        }
        condition(sql, values, " AND username = ?", username);
        condition(sql, values, " AND recorded_at >= ?", from == null ? null : Timestamp.valueOf(from));
        condition(sql, values, " AND recorded_at < ?", to == null ? null : Timestamp.valueOf(to));
        sql.append(" ORDER BY seq FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setObject(i + 1, values.get(i));
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        }
    }

    private static void condition(StringBuilder sql, List<Object> values, String clause, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(clause);
            values.add(value);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getTimestamp(2).toLocalDateTime(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13));
    }

    /** SHA-256 (hex) over the row's fields, each length-prefixed so that no two different rows read the same. */
    static String hash(Row row) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[]{row.seq(), row.recordedAt().truncatedTo(ChronoUnit.MILLIS), row.username(), row.action(),
                row.entityType(), row.entityId(), row.owner(), row.agencyCode(), row.before(), row.after(), row.reason(), row.prevHash()}) {
            String text = field == null ? "\u0000" : field.toString();
            canonical.append(text.length()).append(':').append(text).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
