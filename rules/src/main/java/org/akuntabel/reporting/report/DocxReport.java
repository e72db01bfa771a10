package org.akuntabel.reporting.report;

import org.akuntabel.reporting.report.Block.Align;
import org.akuntabel.reporting.report.Block.Cell;
import org.akuntabel.reporting.report.Block.Column;
import org.akuntabel.reporting.report.Block.Figure;
import org.akuntabel.reporting.report.Block.Heading;
import org.akuntabel.reporting.report.Block.ListItem;
import org.akuntabel.reporting.report.Block.PageBreak;
import org.akuntabel.reporting.report.Block.Paragraph;
import org.akuntabel.reporting.report.Block.Run;
import org.akuntabel.reporting.report.Block.Table;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The Laporan Kinerja as an editable Word document (DOCX), written with Apache POI from {@link ReportContent}:
 * real Word tables, headings in Word's heading styles, a table of contents and lists of tables and figures as
 * Word fields (Word fills in their page numbers when the document is opened, LibreOffice on "Update"), the charts
 * as pictures, and "Halaman" with a PAGE field in the footer.
 *
 * <p>The same model always gives the same bytes: the core properties' created and modified dates are the model's
 * fixed {@link ReportContent#timestamp()}, POI's output has no random identifiers, and the zip entries, which POI
 * stamps with the current time, are rewritten with that fixed time ({@link ReproducibleZip}).
 */
public final class DocxReport {

    /** A4 in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_LEFT = 1400;
    private static final int MARGIN_RIGHT = 1200;
    private static final int MARGIN_TOP = 1200;
    private static final int MARGIN_BOTTOM = 1200;
    /** The width of the text, in points. */
    private static final float TEXT_WIDTH = (PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / 20f;
    private static final float TABLE_SIZE = 8.5f;
    private static final String HEADER_FILL = "D9E2F3";
    private static final String DRAFT_RED = "C00000";
    private static final String STYLES = "docx-styles.xml";

    private DocxReport() {
    }

    /** Renders the report as DOCX bytes. */
    public static byte[] render(ReportModel model) {
        return render(ReportContent.of(model));
    }

    /** Renders laid-out content as DOCX bytes. */
    public static byte[] render(ReportContent content) {
        try (XWPFDocument document = new XWPFDocument()) {
            new Writer(content, document).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            document.write(out);
            LocalDateTime time = LocalDateTime.ofInstant(content.timestamp(), ZoneOffset.UTC);
            return ReproducibleZip.normalise(out.toByteArray(), time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one document. */
    private static final class Writer {

        private final ReportContent content;
        private final XWPFDocument document;
        private boolean breakBeforeNext;
        private int pictures;

        Writer(ReportContent content, XWPFDocument document) {
            this.content = content;
            this.document = document;
        }

        void write() throws IOException {
            styles();
            page();
            properties();
            cover();
            lists();
            for (Block block : content.blocks()) {
                block(block);
            }
            // Word refreshes the table of contents and the lists (with their page numbers) when it opens the file
            document.enforceUpdateFields();
        }

        // ---- document set-up

        private void styles() throws IOException {
            try (InputStream in = DocxReport.class.getResourceAsStream(STYLES)) {
                if (in == null) {
                    throw new IllegalStateException("Gaya dokumen " + STYLES + " tidak ditemukan");
                }
                document.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
            } catch (XmlException e) {
                throw new IllegalStateException("Gaya dokumen " + STYLES + " tidak valid", e);
            }
        }

        /** A4 with the PDF's margins; page numbers in the footer from the second page, "DRAF" in the header of a draft. */
        private void page() {
            CTSectPr section = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_WIDTH));
            size.setH(BigInteger.valueOf(PAGE_HEIGHT));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN_TOP));
            margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
            margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
            margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
            margins.setHeader(BigInteger.valueOf(600));
            margins.setFooter(BigInteger.valueOf(600));
            margins.setGutter(BigInteger.ZERO);

            ReportModel model = content.model();
            document.createFooter(HeaderFooterType.FIRST); // the cover: no page number (also sets "different first page")
            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph line = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
            line.setStyle("Footer");
            line.createRun().setText(xml("Laporan Kinerja " + model.year()
                    + (model.agencyName() == null ? "" : " — " + model.agencyName())));
            line.createRun().addTab();
            line.createRun().setText("Halaman ");
            field(line, " PAGE ", "1");
            document.createHeader(HeaderFooterType.FIRST);
            if (model.draft()) {
                XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
                XWPFParagraph mark = header.getParagraphs().isEmpty() ? header.createParagraph()
                        : header.getParagraphs().get(0);
                mark.setStyle("Header");
                mark.createRun().setText(ReportContent.DRAFT_MARK + " — belum diterbitkan");
            }
        }

        /** Title, author and the fixed dates, so the file does not change with the time of rendering. */
        private void properties() {
            ReportModel model = content.model();
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            core.setTitle(content.title());
            core.setSubjectProperty("Laporan Kinerja " + model.year()
                    + (model.agencyName() == null ? "" : " " + model.agencyName()));
            core.setCreator(model.agencyName() == null ? "Akuntabel" : model.agencyName());
            core.setKeywords("LKjIP, SAKIP, Laporan Kinerja, " + model.year());
            Date time = Date.from(content.timestamp());
            core.setCreated(Optional.of(time));
            core.setModified(Optional.of(time));
            document.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Akuntabel");
        }

        // ---- cover and lists

        private void cover() {
            ReportModel model = content.model();
            XWPFParagraph space = document.createParagraph();
            space.setSpacingBefore(2800);
            XWPFParagraph title = document.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(xml(content.title()));
            for (String line : content.coverLines()) {
                XWPFParagraph p = document.createParagraph();
                p.setStyle("Subtitle");
                p.createRun().setText(xml(line));
            }
            if (model.draft()) {
                XWPFParagraph draft = document.createParagraph();
                draft.setAlignment(ParagraphAlignment.CENTER);
                draft.setSpacingBefore(1200);
                XWPFRun run = draft.createRun();
                run.setText(ReportContent.DRAFT_MARK);
                run.setBold(true);
                run.setFontSize(48);
                run.setColor(DRAFT_RED);
                XWPFParagraph note = document.createParagraph();
                note.setAlignment(ParagraphAlignment.CENTER);
                XWPFRun noteRun = note.createRun();
                noteRun.setText(ReportContent.UNPUBLISHED);
                noteRun.setColor(DRAFT_RED);
                noteRun.setFontSize(12);
            }
        }

        /** The table of contents and the lists of tables and figures, as Word fields with their current entries. */
        private void lists() {
            listTitle(ReportContent.CONTENTS_TITLE);
            List<Heading> headings = content.contents();
            listField(" TOC \\o \"1-3\" \\h \\z \\u ", headings.stream().map(Heading::text).toList(),
                    headings.stream().map(h -> "TOC" + h.level()).toList(), "Daftar isi belum tersedia.");
            listTitle(ReportContent.TABLES_TITLE);
            List<String> tables = content.tables().stream().map(Table::caption).toList();
            listField(" TOC \\h \\z \\t \"Keterangan Tabel,1\" ", tables,
                    tables.stream().map(t -> "TableofFigures").toList(), "Tidak ada tabel.");
            listTitle(ReportContent.FIGURES_TITLE);
            List<String> figures = content.figures().stream().map(Figure::caption).toList();
            listField(" TOC \\h \\z \\t \"Keterangan Gambar,1\" ", figures,
                    figures.stream().map(t -> "TableofFigures").toList(), "Tidak ada gambar.");
        }

        private void listTitle(String title) {
            XWPFParagraph p = paragraph();
            p.setStyle("JudulDaftar");
            p.createRun().setText(xml(title));
        }

        /**
         * A field spanning several paragraphs: its instruction in the first, its current result (the entries, without
         * page numbers until Word updates it) in all of them, its end in the last.
         */
        private void listField(String instruction, List<String> entries, List<String> styles, String empty) {
            List<String> lines = entries.isEmpty() ? List.of(empty) : entries;
            for (int i = 0; i < lines.size(); i++) {
                XWPFParagraph p = paragraph();
                p.setStyle(entries.isEmpty() ? "Normal" : styles.get(i));
                if (i == 0) {
                    fieldChar(p, STFldCharType.BEGIN);
                    instruction(p, instruction);
                    fieldChar(p, STFldCharType.SEPARATE);
                }
                p.createRun().setText(xml(lines.get(i)));
                if (i == lines.size() - 1) {
                    fieldChar(p, STFldCharType.END);
                }
            }
        }

        // ---- body

        private void block(Block block) throws IOException {
            if (block instanceof Heading heading) {
                XWPFParagraph p = paragraph();
                p.setStyle("Heading" + Math.min(4, Math.max(1, heading.level())));
                p.createRun().setText(xml(heading.text()));
            } else if (block instanceof Paragraph paragraph) {
                paragraph(paragraph);
            } else if (block instanceof ListItem item) {
                XWPFParagraph p = paragraph();
                p.setStyle("ListParagraph");
                p.setIndentationLeft(360 * (item.depth() + 1));
                p.setIndentationHanging(240);
                p.createRun().setText(xml(item.marker()));
                p.createRun().addTab();
                runs(p, item.runs(), false);
            } else if (block instanceof Table table) {
                table(table);
            } else if (block instanceof Figure figure) {
                figure(figure);
            } else if (block instanceof PageBreak) {
                breakBeforeNext = true;
            }
        }

        private void paragraph(Paragraph paragraph) {
            XWPFParagraph p = paragraph();
            switch (paragraph.style()) {
                case NOTE -> p.setStyle("Catatan");
                case PLACEHOLDER -> p.setStyle("BelumDiisi");
                case FINAL -> {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    p.setSpacingBefore(5000);
                }
                case LABEL -> p.setAlignment(ParagraphAlignment.LEFT);
                // Word stretches a justified line that ends in a line break across the page: keep those ragged
                default -> p.setAlignment(paragraph.runs().stream().anyMatch(Run::isBreak) ? ParagraphAlignment.LEFT
                        : ParagraphAlignment.BOTH);
            }
            runs(p, paragraph.runs(), paragraph.style() == Block.Style.FINAL);
        }

        private void table(Table table) {
            XWPFParagraph caption = paragraph();
            caption.setStyle("KeteranganTabel");
            caption.createRun().setText(xml(table.caption()));

            List<Column> columns = table.columns();
            int[] widths = twips(ColumnWidths.fit(table, TEXT_WIDTH, TABLE_SIZE));
            XWPFTable word = document.createTable(1, columns.size());
            word.setStyleID("TableGrid");
            word.setWidthType(TableWidthType.DXA);
            word.setWidth(sum(widths, 0, widths.length));
            word.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
            word.setCellMargins(30, 70, 30, 70);
            CTTblGrid grid = word.getCTTbl().getTblGrid() != null ? word.getCTTbl().getTblGrid()
                    : word.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() < widths.length) {
                grid.addNewGridCol();
            }
            for (int i = 0; i < widths.length; i++) {
                grid.getGridColArray(i).setW(BigInteger.valueOf(widths[i]));
            }

            XWPFTableRow header = word.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            for (int i = 0; i < columns.size(); i++) {
                XWPFTableCell cell = header.getCell(i);
                cell.setColor(HEADER_FILL);
                cellText(cell, columns.get(i).header(), true, Align.CENTER, null, 0);
                width(cell, widths[i]);
            }
            for (List<Cell> row : table.rows()) {
                XWPFTableRow wordRow = word.createRow();
                wordRow.setCantSplitRow(true); // a row that does not fit moves to the next page whole
                int used = 0;
                int column = 0;
                for (Cell value : row) {
                    XWPFTableCell cell = wordRow.getCell(used++);
                    int span = Math.max(1, Math.min(value.span(), columns.size() - column));
                    if (span > 1) {
                        tcPr(cell).addNewGridSpan().setVal(BigInteger.valueOf(span));
                    }
                    width(cell, sum(widths, column, column + span));
                    if (value.fill() != null) {
                        cell.setColor(value.fill());
                    }
                    Align align = value.align() != null ? value.align()
                            : columns.get(Math.min(column, columns.size() - 1)).align();
                    cellText(cell, value.text(), value.bold(), align, ReportContent.isDark(value.fill()) ? "FFFFFF" : null,
                            value.indent());
                    column += span;
                }
                while (wordRow.getTableCells().size() > used) {
                    wordRow.removeCell(wordRow.getTableCells().size() - 1);
                }
            }
            for (String note : table.notes()) {
                XWPFParagraph p = paragraph();
                p.setStyle("Catatan");
                p.createRun().setText(xml(note));
            }
            if (table.notes().isEmpty()) {
                paragraph().setSpacingAfter(60); // Word needs a paragraph between two tables; it also gives air
            }
        }

        private void cellText(XWPFTableCell cell, String text, boolean bold, Align align, String colour, int indent) {
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setStyle("IsiTabel");
            p.setAlignment(alignment(align));
            if (indent > 0) {
                p.setIndentationLeft(200 * indent);
            }
            XWPFRun run = p.createRun();
            run.setText(xml(text));
            run.setBold(bold);
            if (colour != null) {
                run.setColor(colour);
            }
        }

        private void figure(Figure figure) throws IOException {
            XWPFParagraph p = paragraph();
            p.setStyle("Gambar");
            float width = Math.min(TEXT_WIDTH, figure.width());
            float height = width * figure.height() / figure.width();
            try {
                p.createRun().addPicture(new ByteArrayInputStream(figure.png()), Document.PICTURE_TYPE_PNG,
                        "gambar-" + ++pictures + ".png", Units.toEMU(width), Units.toEMU(height));
            } catch (InvalidFormatException e) {
                throw new IllegalStateException("Gambar tidak dapat dimuat: " + figure.caption(), e);
            }
            XWPFParagraph caption = paragraph();
            caption.setStyle("KeteranganGambar");
            caption.createRun().setText(xml(figure.caption()));
        }

        // ---- helpers

        /** A new paragraph at the end of the document, on a new page if a page break came before it. */
        private XWPFParagraph paragraph() {
            XWPFParagraph p = document.createParagraph();
            if (breakBeforeNext) {
                p.setPageBreak(true);
                breakBeforeNext = false;
            }
            return p;
        }

        private static void runs(XWPFParagraph p, List<Run> runs, boolean large) {
            for (Run run : runs) {
                XWPFRun word = p.createRun();
                if (run.isBreak()) {
                    word.addBreak();
                    continue;
                }
                word.setText(xml(run.text()));
                if (run.bold()) {
                    word.setBold(true);
                }
                if (run.italic()) {
                    word.setItalic(true);
                }
                if (large) {
                    word.setFontSize(12);
                }
            }
        }

        /** A complex field: begin, instruction, separator, its current result, end. */
        private static void field(XWPFParagraph p, String instruction, String result) {
            fieldChar(p, STFldCharType.BEGIN);
            instruction(p, instruction);
            fieldChar(p, STFldCharType.SEPARATE);
            p.createRun().setText(result);
            fieldChar(p, STFldCharType.END);
        }

        private static void fieldChar(XWPFParagraph p, STFldCharType.Enum type) {
            p.createRun().getCTR().addNewFldChar().setFldCharType(type);
        }

        private static void instruction(XWPFParagraph p, String instruction) {
            CTText text = p.createRun().getCTR().addNewInstrText();
            text.setStringValue(instruction);
            text.setSpace(SpaceAttribute.Space.PRESERVE);
        }

        /** The text without the control characters XML cannot hold (which would make the file unreadable). */
        private static String xml(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder clean = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r') {
                    clean.append(c);
                }
            }
            return clean.toString();
        }

        private static CTTcPr tcPr(XWPFTableCell cell) {
            return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        }

        private static void width(XWPFTableCell cell, int twips) {
            cell.setWidthType(TableWidthType.DXA);
            cell.setWidth(Integer.toString(twips));
        }

        private static ParagraphAlignment alignment(Align align) {
            return switch (align) {
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
                default -> ParagraphAlignment.LEFT;
            };
        }

        private static int[] twips(float[] points) {
            int[] twips = new int[points.length];
            for (int i = 0; i < points.length; i++) {
                twips[i] = Math.round(points[i] * 20);
            }
            return twips;
        }

        private static int sum(int[] values, int from, int to) {
            int sum = 0;
            for (int i = from; i < to; i++) {
                sum += values[i];
            }
            return sum;
        }
    }
}
