package org.akuntabel.reporting.report;

import java.util.List;
import java.util.Objects;

/**
 * One piece of the report's body, independent of the output format. {@link ReportContent} lays the whole report
 * out once as a list of blocks; {@link PdfReport} and {@link DocxReport} draw the same blocks, so both files show
 * the same content, numbering and captions.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.ListItem, Block.Table, Block.Figure,
        Block.PageBreak {

    /** Horizontal alignment of a table column or cell. */
    enum Align { LEFT, CENTER, RIGHT }

    /** How a paragraph looks. */
    enum Style {
        /** Running text. */
        BODY,
        /** A short bold lead, such as "Rumus perhitungan". */
        LABEL,
        /** A small note under a table or figure. */
        NOTE,
        /** The visible mark of an empty narrative in a draft: {@value ReportContent#PLACEHOLDER}. */
        PLACEHOLDER,
        /** The statement on the last page: the published digest, or that the report is a draft. */
        FINAL
    }

    /** A piece of text with its emphasis; a run whose text is {@code "\n"} is a line break. */
    record Run(String text, boolean bold, boolean italic) {

        /** A line break inside a paragraph. */
        public static final Run BREAK = new Run("\n", false, false);

        public Run {
            Objects.requireNonNull(text, "text");
        }

        /** Plain text. */
        public static Run plain(String text) {
            return new Run(text, false, false);
        }

        /** Bold text. */
        public static Run bold(String text) {
            return new Run(text, true, false);
        }

        /** Whether this run is a line break. */
        public boolean isBreak() {
            return "\n".equals(text);
        }
    }

    /**
     * A heading. Level 1 is a chapter (Ikhtisar Eksekutif, BAB I–IV, Lampiran) and starts a new page; levels 1–3
     * appear in the table of contents; level 4 is a minor heading inside an indicator's analysis.
     *
     * @param anchor a name unique in the report, used for links and page numbers
     */
    record Heading(int level, String text, String anchor) implements Block {
    }

    /** A paragraph of runs. */
    record Paragraph(List<Run> runs, Style style) implements Block {

        public Paragraph {
            runs = List.copyOf(runs);
        }

        /** A body paragraph of plain text. */
        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)), Style.BODY);
        }

        /** The text of the paragraph without emphasis. */
        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    /**
     * An item of a bulleted or numbered list.
     *
     * @param depth  nesting, 0 for a top-level item
     * @param marker what the item starts with: {@code "•"} or its number, such as {@code "2."}
     */
    record ListItem(int depth, String marker, List<Run> runs) implements Block {

        public ListItem {
            runs = List.copyOf(runs);
        }
    }

    /** A table column: its header, relative width and alignment. */
    record Column(String header, float width, Align align) {
    }

    /**
     * A table cell.
     *
     * @param span   how many columns the cell covers
     * @param fill   background colour as {@code RRGGBB} (no {@code #}), or {@code null}
     * @param indent indentation steps (budget levels)
     */
    record Cell(String text, int span, String fill, boolean bold, Align align, int indent) {

        /** A cell aligned as its column. */
        public static Cell of(String text) {
            return new Cell(text, 1, null, false, null, 0);
        }

        /** A bold cell spanning {@code span} columns, such as a sasaran heading row. */
        public static Cell group(String text, int span) {
            return new Cell(text, span, null, true, Align.LEFT, 0);
        }

        /** A cell shaded with a band colour. */
        public static Cell shaded(String text, String fill) {
            return new Cell(text, 1, fill, false, Align.CENTER, 0);
        }

        /** This cell in bold. */
        public Cell bolded() {
            return new Cell(text, span, fill, true, align, indent);
        }
    }

    /**
     * A table, numbered when it has a caption.
     *
     * @param number such as {@code "Tabel 3.2"}; {@code null} for an unnumbered table (not in the list of tables)
     * @param notes  small notes printed under the table
     */
    record Table(String number, String title, List<Column> columns, List<List<Cell>> rows, List<String> notes,
                 String anchor) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            notes = List.copyOf(notes);
        }

        /** The caption, such as {@code "Tabel 3.2 Evaluasi capaian indikator kinerja tahun 2025"}. */
        public String caption() {
            return number == null ? title : number + " " + title;
        }
    }

    /**
     * A chart, as a PNG image, with its caption.
     *
     * @param number such as {@code "Gambar 3.1"}
     * @param width  the image width in pixels
     * @param height the image height in pixels
     */
    record Figure(String number, String title, byte[] png, int width, int height, String anchor) implements Block {

        /** The caption, such as {@code "Gambar 3.1 Capaian indikator kinerja tahun 2025"}. */
        public String caption() {
            return number + " " + title;
        }
    }

    /** Continue on a new page. */
    record PageBreak() implements Block {
    }
}
