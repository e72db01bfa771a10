package org.akuntabel.reporting.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import org.akuntabel.reporting.report.Block.Align;
import org.akuntabel.reporting.report.Block.Cell;
import org.akuntabel.reporting.report.Block.Column;
import org.akuntabel.reporting.report.Block.Figure;
import org.akuntabel.reporting.report.Block.Heading;
import org.akuntabel.reporting.report.Block.ListItem;
import org.akuntabel.reporting.report.Block.PageBreak;
import org.akuntabel.reporting.report.Block.Paragraph;
import org.akuntabel.reporting.report.Block.Run;
import org.akuntabel.reporting.report.Block.Style;
import org.akuntabel.reporting.report.Block.Table;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.Deque;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The Laporan Kinerja as PDF, drawn with OpenPDF from {@link ReportContent}: a cover, the table of contents and the
 * lists of tables and figures with their page numbers, the body, and page numbers in the footer; bookmarks for the
 * chapters and sections; "DRAF" across every page of a draft.
 *
 * <p>Page numbers in the lists are only known once the body is laid out, so the document is drawn twice (a third
 * time if the lists moved a page): the first pass records on which page each heading, table and figure lands, the
 * next prints those numbers.
 *
 * <p>The same model always gives the same bytes: the creation and modification dates are the model's fixed
 * {@link ReportContent#timestamp()}, the file identifier is derived from the model's content instead of the clock,
 * and only the standard (not embedded) PDF fonts are used, so there are no random font subset names.
 */
public final class PdfReport {

    private static final int MAX_PASSES = 4;
    private static final float BODY_SIZE = 10.5f;
    private static final float TABLE_SIZE = 8.5f;
    private static final float FOOTER_SIZE = 8f;
    private static final Color TEXT = Color.BLACK;
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color DRAFT_RED = new Color(0xC0, 0x00, 0x00);
    private static final Color HEADER_FILL = new Color(0xD9, 0xE2, 0xF3);
    private static final Color BORDER = new Color(0x80, 0x80, 0x80);
    /** Space a caption needs below it on the page, so that it is not left alone at the bottom. */
    private static final float KEEP_WITH_NEXT = 90f;

    /*
     * The report's text is set in Helvetica with the standard Windows Latin encoding. The fonts are given to OpenPDF
     * as base fonts: a font given only by family makes OpenPDF embed a fallback font, with a random subset name, for
     * any text with a character beyond Latin-1 (such as "—").
     */
    private static final BaseFont HELVETICA = baseFont(BaseFont.HELVETICA);
    private static final BaseFont HELVETICA_BOLD = baseFont(BaseFont.HELVETICA_BOLD);
    private static final BaseFont HELVETICA_OBLIQUE = baseFont(BaseFont.HELVETICA_OBLIQUE);
    private static final BaseFont HELVETICA_BOLD_OBLIQUE = baseFont(BaseFont.HELVETICA_BOLDOBLIQUE);
    private static final BaseFont SYMBOL = baseFont(BaseFont.SYMBOL);
    /** Characters Helvetica lacks, as their codes in the standard Symbol font. */
    private static final Map<Integer, Character> SYMBOL_CODES = Map.of((int) '≥', '\u00B3', (int) '≤', '\u00A3',
            (int) '≠', '\u00B9', (int) '≈', '\u00BB', (int) '→', '\u00AE', (int) '←', '\u00AC', (int) '∞', '\u00A5',
            (int) '√', '\u00D6', (int) '∑', '\u00E5', (int) '−', '-');

    private PdfReport() {
    }

    /** Renders the report as PDF bytes. */
    public static byte[] render(ReportModel model) {
        return render(ReportContent.of(model));
    }

    /** Renders laid-out content as PDF bytes. */
    public static byte[] render(ReportContent content) {
        Map<String, Integer> pages = Map.of();
        byte[] pdf = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Pass drawing = new Pass(content, pages);
            pdf = drawing.draw();
            if (drawing.pages.equals(pages)) {
                return pdf;
            }
            pages = drawing.pages;
        }
        return pdf; // the lists' page numbers did not settle; the last pass is as close as it gets
    }

    /** One drawing of the whole document; records where each heading, table and figure lands. */
    private static final class Pass extends PdfPageEventHelper {

        private final ReportContent content;
        private final Map<String, Integer> known;
        private final Map<String, Integer> pages = new LinkedHashMap<>();
        private final Map<String, Heading> headings = new HashMap<>();
        private final Deque<PdfOutline> outlines = new ArrayDeque<>();
        private final Map<String, Font> fonts = new HashMap<>();
        private Document document;
        private PdfWriter writer;

        Pass(ReportContent content, Map<String, Integer> known) {
            this.content = content;
            this.known = known;
            for (Heading heading : content.contents()) {
                headings.put(heading.anchor(), heading);
            }
        }

        byte[] draw() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document = new Document(PageSize.A4, 70, 60, 60, 60);
            try {
                writer = PdfWriter.getInstance(document, out);
                writer.setPageEvent(this);
                writer.setStrictImageSequence(true);
                writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO); // justify by word spacing only
                writer.setFullCompression();
                writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
                ReportModel model = content.model();
                document.addTitle(content.title());
                document.addSubject("Laporan Kinerja " + model.year()
                        + (model.agencyName() == null ? "" : " " + model.agencyName()));
                if (model.agencyName() != null) {
                    document.addAuthor(model.agencyName());
                }
                document.addCreator("Akuntabel");
                document.addKeywords("LKjIP, SAKIP, Laporan Kinerja, " + model.year());
                document.open();
                fixMetadata(model);
                cover();
                contentsPages();
                for (Block block : content.blocks()) {
                    block(block);
                }
                document.close();
            } catch (DocumentException e) {
                throw new IllegalStateException("PDF tidak dapat dibuat: " + e.getMessage(), e);
            }
            return out.toByteArray();
        }

        /** Fixed dates and file identifier instead of the clock's, and the document language. */
        private void fixMetadata(ReportModel model) {
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTime(Date.from(content.timestamp()));
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(time));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(time));
            byte[] id = fileId(model);
            // OpenPDF takes the trailer's /ID from the info dictionary when present there
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString("id-ID"));
        }

        // ---- cover and lists

        private void cover() throws DocumentException {
            ReportModel model = content.model();
            spacer(140);
            com.lowagie.text.Paragraph title = paragraph(List.of(Run.bold(content.title())), 22, TEXT);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setLeading(30);
            title.setSpacingAfter(24);
            document.add(title);
            for (String line : content.coverLines()) {
                com.lowagie.text.Paragraph p = paragraph(List.of(Run.plain(line)), 15, TEXT);
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingAfter(8);
                document.add(p);
            }
            if (model.draft()) {
                com.lowagie.text.Paragraph draft = paragraph(List.of(Run.bold(ReportContent.DRAFT_MARK)), 48, DRAFT_RED);
                draft.setAlignment(Element.ALIGN_CENTER);
                draft.setSpacingBefore(60);
                document.add(draft);
                com.lowagie.text.Paragraph note = paragraph(List.of(Run.plain(ReportContent.UNPUBLISHED)), 12,
                        DRAFT_RED);
                note.setAlignment(Element.ALIGN_CENTER);
                document.add(note);
            }
        }

        private void contentsPages() throws DocumentException {
            listTitle(ReportContent.CONTENTS_TITLE);
            for (Heading heading : content.contents()) {
                entry(heading.text(), heading.anchor(), 18f * (heading.level() - 1), heading.level() == 1);
            }
            listTitle(ReportContent.TABLES_TITLE);
            List<Table> tables = content.tables();
            if (tables.isEmpty()) {
                document.add(body("Tidak ada tabel."));
            }
            for (Table table : tables) {
                entry(table.caption(), table.anchor(), 0, false);
            }
            listTitle(ReportContent.FIGURES_TITLE);
            List<Figure> figures = content.figures();
            if (figures.isEmpty()) {
                document.add(body("Tidak ada gambar."));
            }
            for (Figure figure : figures) {
                entry(figure.caption(), figure.anchor(), 0, false);
            }
        }

        private void listTitle(String title) throws DocumentException {
            document.newPage();
            com.lowagie.text.Paragraph p = paragraph(List.of(Run.bold(title)), 15, TEXT);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(16);
            document.add(p);
        }

        /** A line of a list: the text linked to its place, a dotted leader and the page number. */
        private void entry(String text, String anchor, float indent, boolean bold) throws DocumentException {
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            p.setLeading(BODY_SIZE * 1.5f);
            p.setIndentationLeft(indent);
            Phrase phrase = phrase(text, BODY_SIZE, bold ? Font.BOLD : Font.NORMAL, TEXT);
            for (Element element : phrase) {
                if (element instanceof Chunk chunk) {
                    chunk.setLocalGoto(anchor);
                }
            }
            p.add(phrase);
            Chunk leader = new Chunk(new DottedLineSeparator());
            leader.setFont(new Font(HELVETICA, BODY_SIZE)); // else OpenPDF embeds a fallback font for the separator
            p.add(leader);
            Integer page = known.get(anchor);
            p.add(phrase(page == null ? "…" : Integer.toString(page), BODY_SIZE, Font.NORMAL, TEXT));
            document.add(p);
        }

        // ---- body

        private void block(Block block) throws DocumentException {
            if (block instanceof Heading heading) {
                heading(heading);
            } else if (block instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (block instanceof ListItem item) {
                item(item);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Figure figure) {
                figure(figure);
            } else if (block instanceof PageBreak) {
                document.newPage();
            }
        }

        private void heading(Heading heading) throws DocumentException {
            float size;
            int style = Font.BOLD;
            switch (heading.level()) {
                case 1 -> {
                    document.newPage();
                    size = 16;
                }
                case 2 -> size = 13;
                case 3 -> size = 11.5f;
                default -> {
                    size = BODY_SIZE;
                    style = Font.BOLDITALIC;
                }
            }
            if (heading.level() > 1) {
                keepWithNext();
            }
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            Phrase phrase = phrase(heading.text(), size, style, TEXT);
            tag(phrase, heading.anchor(), true);
            p.add(phrase);
            p.setLeading(size * 1.3f);
            p.setSpacingBefore(heading.level() == 1 ? 0 : 10);
            p.setSpacingAfter(heading.level() == 1 ? 14 : 6);
            if (heading.level() == 1) {
                p.setAlignment(Element.ALIGN_CENTER);
            }
            document.add(p);
        }

        private void paragraph(Paragraph paragraph) throws DocumentException {
            switch (paragraph.style()) {
                case FINAL -> {
                    spacer(250); // a third of the way down
                    com.lowagie.text.Paragraph p = paragraph(paragraph.runs(), 12, TEXT);
                    p.setAlignment(Element.ALIGN_CENTER);
                    document.add(p);
                }
                case NOTE -> {
                    com.lowagie.text.Paragraph p = paragraph(italic(paragraph.runs()), 8.5f, GREY);
                    p.setSpacingAfter(4);
                    document.add(p);
                }
                case PLACEHOLDER -> {
                    com.lowagie.text.Paragraph p = paragraph(paragraph.runs(), BODY_SIZE, GREY);
                    p.setSpacingAfter(6);
                    document.add(p);
                }
                default -> {
                    com.lowagie.text.Paragraph p = paragraph(paragraph.runs(), BODY_SIZE, TEXT);
                    p.setAlignment(paragraph.style() == Style.LABEL ? Element.ALIGN_LEFT : Element.ALIGN_JUSTIFIED);
                    p.setSpacingAfter(6);
                    document.add(p);
                }
            }
        }

        private void item(ListItem item) throws DocumentException {
            float indent = 18f * (item.depth() + 1);
            List<Run> runs = new java.util.ArrayList<>();
            runs.add(Run.plain(item.marker() + " "));
            runs.addAll(item.runs());
            com.lowagie.text.Paragraph p = paragraph(runs, BODY_SIZE, TEXT);
            p.setIndentationLeft(indent);
            p.setFirstLineIndent(-12);
            p.setSpacingAfter(3);
            document.add(p);
        }

        private void table(Table table) throws DocumentException {
            keepWithNext();
            com.lowagie.text.Paragraph caption = new com.lowagie.text.Paragraph();
            Phrase phrase = phrase(table.caption(), 9.5f, Font.BOLD, TEXT);
            tag(phrase, table.anchor(), false);
            caption.add(phrase);
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setSpacingBefore(6);
            document.add(caption);

            List<Column> columns = table.columns();
            PdfPTable pdf = new PdfPTable(columns.size());
            pdf.setTotalWidth(ColumnWidths.fit(table, document.right() - document.left(), TABLE_SIZE));
            pdf.setLockedWidth(true);
            pdf.setHeaderRows(1);
            pdf.setSpacingBefore(4);
            pdf.setSpacingAfter(table.notes().isEmpty() ? 10 : 3);
            pdf.setSplitLate(true); // a row that does not fit moves to the next page whole
            for (Column column : columns) {
                PdfPCell cell = cell(phrase(column.header(), TABLE_SIZE, Font.BOLD, TEXT), Align.CENTER);
                cell.setBackgroundColor(HEADER_FILL);
                pdf.addCell(cell);
            }
            for (List<Cell> row : table.rows()) {
                int column = 0;
                for (Cell value : row) {
                    Align align = value.align() != null ? value.align()
                            : columns.get(Math.min(column, columns.size() - 1)).align();
                    Color colour = ReportContent.isDark(value.fill()) ? Color.WHITE : TEXT;
                    PdfPCell cell = cell(phrase(value.text() == null ? "" : value.text(), TABLE_SIZE,
                            value.bold() ? Font.BOLD : Font.NORMAL, colour), align);
                    cell.setColspan(value.span());
                    if (value.fill() != null) {
                        cell.setBackgroundColor(new Color(Integer.parseInt(value.fill(), 16)));
                    }
                    if (value.indent() > 0) {
                        cell.setPaddingLeft(3 + 10f * value.indent());
                    }
                    pdf.addCell(cell);
                    column += value.span();
                }
                pdf.completeRow();
            }
            document.add(pdf);
            for (String note : table.notes()) {
                com.lowagie.text.Paragraph p = paragraph(italic(List.of(Run.plain(note))), 8.5f, GREY);
                p.setSpacingAfter(8);
                document.add(p);
            }
        }

        private PdfPCell cell(Phrase phrase, Align align) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setPadding(3);
            cell.setPaddingBottom(4);
            cell.setBorderColor(BORDER);
            cell.setBorderWidth(0.5f);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setHorizontalAlignment(switch (align) {
                case CENTER -> Element.ALIGN_CENTER;
                case RIGHT -> Element.ALIGN_RIGHT;
                default -> Element.ALIGN_LEFT;
            });
            return cell;
        }

        private void figure(Figure figure) throws DocumentException {
            Image image = image(figure.png());
            float width = Math.min(document.right() - document.left(), figure.width());
            image.scaleAbsolute(width, width * figure.height() / figure.width());
            image.setAlignment(Image.MIDDLE);
            image.setSpacingBefore(6);
            document.add(image);
            com.lowagie.text.Paragraph caption = new com.lowagie.text.Paragraph();
            Phrase phrase = phrase(figure.caption(), 9.5f, Font.BOLD, TEXT);
            tag(phrase, figure.anchor(), false);
            caption.add(phrase);
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setSpacingBefore(4);
            caption.setSpacingAfter(12);
            document.add(caption);
        }

        /** Empty vertical space, also at the top of a page (where a paragraph's spacing would be dropped). */
        private void spacer(float height) throws DocumentException {
            PdfPTable space = new PdfPTable(1);
            space.setWidthPercentage(100);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setFixedHeight(height);
            space.addCell(cell);
            document.add(space);
        }

        /** Starts a new page when a caption or heading would be left at the bottom of this one. */
        private void keepWithNext() {
            if (writer.getVerticalPosition(true) - document.bottom() < KEEP_WITH_NEXT) {
                document.newPage();
            }
        }

        // ---- text

        private com.lowagie.text.Paragraph body(String text) {
            return paragraph(List.of(Run.plain(text)), BODY_SIZE, TEXT);
        }

        private com.lowagie.text.Paragraph paragraph(List<Run> runs, float size, Color colour) {
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph();
            p.setLeading(size * 1.4f);
            for (Run run : runs) {
                if (run.isBreak()) {
                    p.add(Chunk.NEWLINE);
                } else {
                    int style = (run.bold() ? Font.BOLD : 0) | (run.italic() ? Font.ITALIC : 0);
                    p.add(phrase(run.text(), size, style, colour));
                }
            }
            return p;
        }

        private static List<Run> italic(List<Run> runs) {
            return runs.stream().map(r -> r.isBreak() ? r : new Run(r.text(), r.bold(), true)).toList();
        }

        /**
         * The text in Helvetica, one of the standard PDF fonts (never embedded, so no font subset with a random
         * name), with the few mathematical signs Helvetica lacks (≥, ≤, ≠, …) from the standard Symbol font. Any
         * other character Helvetica cannot show is printed as {@code ?}.
         */
        private Phrase phrase(String text, float size, int style, Color colour) {
            String key = size + "/" + style + "/" + colour.getRGB();
            Font regular = fonts.computeIfAbsent(key, k -> new Font(helvetica(style), size, Font.NORMAL, colour));
            Font symbol = fonts.computeIfAbsent("symbol/" + size + "/" + colour.getRGB(),
                    k -> new Font(SYMBOL, size, Font.NORMAL, colour));
            Phrase phrase = new Phrase(size * 1.25f);
            StringBuilder run = new StringBuilder();
            boolean symbolRun = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                boolean inSymbol = !HELVETICA.charExists(c) && SYMBOL_CODES.containsKey(c);
                if (inSymbol != symbolRun && run.length() > 0) {
                    phrase.add(new Chunk(run.toString(), symbolRun ? symbol : regular));
                    run.setLength(0);
                }
                symbolRun = inSymbol;
                if (inSymbol) {
                    run.append(SYMBOL_CODES.get(c).charValue());
                } else if (HELVETICA.charExists(c) || c == '\n') {
                    run.appendCodePoint(c);
                } else {
                    run.append('?');
                }
            }
            if (run.length() > 0) {
                phrase.add(new Chunk(run.toString(), symbolRun ? symbol : regular));
            }
            return phrase;
        }

        /** Marks the text so that the page it lands on is recorded (and, for a heading, linked to). */
        private static void tag(Phrase phrase, String anchor, boolean destination) {
            boolean first = true;
            for (Element element : phrase) {
                if (element instanceof Chunk chunk) {
                    chunk.setGenericTag(anchor);
                    if (destination && first) {
                        chunk.setLocalDestination(anchor);
                    }
                    first = false;
                }
            }
        }

        // ---- page events

        @Override
        public void onGenericTag(PdfWriter pdfWriter, Document pdfDocument, Rectangle rect, String anchor) {
            if (pages.putIfAbsent(anchor, pdfWriter.getPageNumber()) != null) {
                return;
            }
            Heading heading = headings.get(anchor);
            if (heading == null) {
                return;
            }
            while (outlines.size() >= heading.level()) {
                outlines.pop();
            }
            PdfOutline parent = outlines.isEmpty() ? pdfWriter.getRootOutline() : outlines.peek();
            PdfOutline outline = new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, rect.getTop() + 12),
                    heading.text(), heading.level() == 1);
            outlines.push(outline);
        }

        @Override
        public void onEndPage(PdfWriter pdfWriter, Document pdfDocument) {
            int page = pdfWriter.getPageNumber();
            ReportModel model = content.model();
            if (model.draft()) {
                PdfContentByte under = pdfWriter.getDirectContentUnder();
                under.saveState();
                PdfGState state = new PdfGState();
                state.setFillOpacity(0.12f);
                under.setGState(state);
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER,
                        phrase(ReportContent.DRAFT_MARK, 120, Font.BOLD, DRAFT_RED),
                        (pdfDocument.left() + pdfDocument.right()) / 2, (pdfDocument.top() + pdfDocument.bottom()) / 2,
                        45);
                under.restoreState();
            }
            if (page == 1) {
                return; // no number on the cover
            }
            PdfContentByte over = pdfWriter.getDirectContent();
            float y = pdfDocument.bottom() - 28;
            String number = "Halaman " + page;
            float room = pdfDocument.right() - pdfDocument.left() - HELVETICA.getWidthPoint(number, FOOTER_SIZE) - 16;
            ColumnText.showTextAligned(over, Element.ALIGN_LEFT, phrase(footerText(model, room), FOOTER_SIZE,
                    Font.NORMAL, GREY), pdfDocument.left(), y, 0);
            ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, phrase(number, FOOTER_SIZE, Font.NORMAL, GREY),
                    pdfDocument.right(), y, 0);
        }

        /** "Laporan Kinerja 2025 — agency" ("— DRAF" for a draft), shortened with "…" to fit {@code room} points. */
        private static String footerText(ReportModel model, float room) {
            String suffix = model.draft() ? " — " + ReportContent.DRAFT_MARK : "";
            String text = "Laporan Kinerja " + model.year() + (model.agencyName() == null ? "" : " — "
                    + model.agencyName());
            if (HELVETICA.getWidthPoint(text + suffix, FOOTER_SIZE) <= room) {
                return text + suffix;
            }
            while (text.length() > 20 && HELVETICA.getWidthPoint(text + "…" + suffix, FOOTER_SIZE) > room) {
                text = text.substring(0, text.length() - 1);
            }
            return text.stripTrailing() + "…" + suffix;
        }
    }

    /** The Helvetica of a style ({@link Font#BOLD}, {@link Font#ITALIC} or both). */
    private static BaseFont helvetica(int style) {
        boolean bold = (style & Font.BOLD) != 0;
        boolean italic = (style & Font.ITALIC) != 0;
        return bold ? italic ? HELVETICA_BOLD_OBLIQUE : HELVETICA_BOLD : italic ? HELVETICA_OBLIQUE : HELVETICA;
    }

    /**
     * A PNG chart as a PDF image. The charts are 8-bit RGB PNGs, whose compressed pixel data PDF can take as it is
     * (Flate with the PNG predictors), so it is copied instead of decoded and compressed again, which would take
     * most of the rendering time; any other PNG goes through OpenPDF's decoder.
     */
    static Image image(byte[] png) {
        try {
            ByteBuffer in = ByteBuffer.wrap(png);
            in.position(8); // signature
            int width = 0;
            int height = 0;
            boolean plain = false;
            ByteArrayOutputStream pixels = new ByteArrayOutputStream(png.length);
            while (in.remaining() >= 12) {
                int length = in.getInt();
                String type = new String(png, in.position(), 4, StandardCharsets.US_ASCII);
                int data = in.position() + 4;
                if (length < 0 || data + length + 4 > png.length) {
                    break;
                }
                if (type.equals("IHDR")) {
                    width = in.getInt(data);
                    height = in.getInt(data + 4);
                    // bit depth 8, colour type 2 (RGB), deflate, adaptive filtering, not interlaced
                    plain = png[data + 8] == 8 && png[data + 9] == 2 && png[data + 10] == 0 && png[data + 11] == 0
                            && png[data + 12] == 0;
                } else if (type.equals("IDAT")) {
                    pixels.write(png, data, length);
                } else if (type.equals("IEND")) {
                    break;
                }
                in.position(data + length + 4); // data and CRC
            }
            if (!plain || width <= 0 || height <= 0 || pixels.size() == 0) {
                return Image.getInstance(png);
            }
            Image image = Image.getInstance(width, height, 3, 8, pixels.toByteArray());
            image.setDeflated(true);
            PdfDictionary predictor = new PdfDictionary();
            predictor.put(PdfName.PREDICTOR, new PdfNumber(15));
            predictor.put(PdfName.COLORS, new PdfNumber(3));
            predictor.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            predictor.put(PdfName.COLUMNS, new PdfNumber(width));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, predictor);
            image.setAdditional(additional);
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Gambar tidak dapat dimuat", e);
        }
    }

    private static BaseFont baseFont(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Huruf " + name + " tidak tersedia", e);
        }
    }

    /** The file identifier: the first 16 bytes of the SHA-256 of the model, the same for the same model. */
    static byte[] fileId(ReportModel model) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return Arrays.copyOf(sha.digest(model.toString().getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
