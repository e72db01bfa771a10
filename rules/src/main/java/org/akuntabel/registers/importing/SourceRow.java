package org.akuntabel.registers.importing;

import java.util.List;
import java.util.Objects;

/**
 * One row of a tabular source: its 1-based row number as the user sees it (the spreadsheet row, or the
 * CSV record counted from the first line of the file) and its cells as strings, with what kind of cell
 * each one was. Cells beyond the end of the row read as empty text.
 *
 * @param number 1-based row number
 * @param cells  cell texts, never {@code null} (empty cells are {@code ""})
 * @param kinds  the kind of each cell, same length as {@code cells}
 */
public record SourceRow(int number, List<String> cells, List<CellKind> kinds) {

    public SourceRow {
        cells = List.copyOf(cells);
        kinds = List.copyOf(kinds);
        if (cells.size() != kinds.size()) {
            throw new IllegalArgumentException("cells and kinds differ in length");
        }
    }

    /** A row of text cells (CSV). */
    public static SourceRow text(int number, List<String> cells) {
        return new SourceRow(number, cells, java.util.Collections.nCopies(cells.size(), CellKind.TEXT));
    }

    /** The text of cell {@code index} (0-based), {@code ""} past the end of the row. */
    public String cell(int index) {
        return index < cells.size() ? Objects.requireNonNullElse(cells.get(index), "") : "";
    }

    /** The kind of cell {@code index}, {@link CellKind#TEXT} past the end of the row. */
    public CellKind kind(int index) {
        return index < kinds.size() ? kinds.get(index) : CellKind.TEXT;
    }

    /** Whether every cell is empty or blank. */
    public boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
