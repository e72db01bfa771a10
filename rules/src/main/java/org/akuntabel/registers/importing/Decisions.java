package org.akuntabel.registers.importing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The readings people chose for cells the importer could not read alone ({@link IssueKind#AMBIGUOUS_NUMBER}).
 * Planning the same file again with these decisions reads those cells as chosen (noted as
 * {@link IssueKind#DECIDED}). Immutable.
 */
public final class Decisions {

    private static final Decisions NONE = new Decisions(Map.of());

    private final Map<String, BigDecimal> chosen;

    private Decisions(Map<String, BigDecimal> chosen) {
        this.chosen = chosen;
    }

    public static Decisions none() {
        return NONE;
    }

    /**
     * These decisions and one more: the cell at {@code row} in the column headed {@code column} (as in
     * {@link RowIssue#row()} and {@link RowIssue#column()}) reads {@code value}, usually one of the issue's
     * {@link RowIssue#readings()}.
     */
    public Decisions with(int row, String column, BigDecimal value) {
        Map<String, BigDecimal> more = new HashMap<>(chosen);
        more.put(key(row, column), Objects.requireNonNull(value, "value"));
        return new Decisions(Map.copyOf(more));
    }

    Optional<BigDecimal> chosen(int row, String column) {
        return chosen.isEmpty() ? Optional.empty() : Optional.ofNullable(chosen.get(key(row, column)));
    }

    public boolean isEmpty() {
        return chosen.isEmpty();
    }

    private static String key(int row, String column) {
        return row + "\u0000" + column.strip();
    }
}
