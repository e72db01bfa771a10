package org.akuntabel.reporting.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import org.akuntabel.reporting.report.Block.Cell;
import org.akuntabel.reporting.report.Block.Column;
import org.akuntabel.reporting.report.Block.Table;

import java.io.IOException;
import java.util.List;

/**
 * Column widths for a table: the table's relative widths, widened where a column would otherwise break a word
 * (an indicator code such as {@code KOPERASI_BERKUALITAS}, a header such as "Penyerapan") and narrowed elsewhere to
 * keep the total. Measured with Helvetica's metrics; the PDF uses Helvetica and the DOCX Arial, which has the same
 * metrics, so both files get the same widths.
 */
final class ColumnWidths {

    /** Cell padding left and right, in points, plus a little room. */
    private static final float PADDING = 8f;

    private static final BaseFont REGULAR = font(BaseFont.HELVETICA);
    private static final BaseFont BOLD = font(BaseFont.HELVETICA_BOLD);

    private ColumnWidths() {
    }

    /**
     * The widths in points of the table's columns, adding up to {@code total} (unless even the longest words
     * cannot fit, when they are scaled down and some words break).
     *
     * @param size the font size of the table's text
     */
    static float[] fit(Table table, float total, float size) {
        List<Column> columns = table.columns();
        int n = columns.size();
        float[] min = new float[n];
        float relative = 0;
        for (int i = 0; i < n; i++) {
            min[i] = longestWord(columns.get(i).header(), BOLD, size) + PADDING;
            relative += columns.get(i).width();
        }
        for (List<Cell> row : table.rows()) {
            int column = 0;
            for (Cell cell : row) {
                if (cell.span() == 1 && column < n) {
                    float indent = 10f * cell.indent();
                    min[column] = Math.max(min[column],
                            longestWord(cell.text(), cell.bold() ? BOLD : REGULAR, size) + PADDING + indent);
                }
                column += cell.span();
            }
        }
        float[] widths = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = total * columns.get(i).width() / relative;
        }
        boolean[] fixed = new boolean[n];
        for (int round = 0; round < n; round++) {
            float deficit = 0;
            for (int i = 0; i < n; i++) {
                if (widths[i] < min[i] - 0.01f) {
                    deficit += min[i] - widths[i];
                    widths[i] = min[i];
                    fixed[i] = true;
                }
            }
            if (deficit == 0) {
                break;
            }
            float slack = 0;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    slack += Math.max(0, widths[i] - min[i]);
                }
            }
            if (slack <= 0) {
                break;
            }
            float share = Math.min(1f, deficit / slack);
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    widths[i] -= share * Math.max(0, widths[i] - min[i]);
                }
            }
        }
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        for (int i = 0; i < n; i++) {
            widths[i] = widths[i] * total / sum;
        }
        return widths;
    }

    private static float longestWord(String text, BaseFont font, float size) {
        if (text == null) {
            return 0;
        }
        float longest = 0;
        for (String word : text.split(" ")) {
            longest = Math.max(longest, font.getWidthPoint(word, size));
        }
        return longest;
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Metrik huruf " + name + " tidak tersedia", e);
        }
    }
}
