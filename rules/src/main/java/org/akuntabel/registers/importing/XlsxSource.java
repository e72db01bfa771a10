package org.akuntabel.registers.importing;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One sheet of an XLSX workbook, read with Apache POI's streaming event API ({@link XSSFReader} and
 * {@link XSSFSheetXMLHandler} over a SAX parser), so that memory stays bounded by one row plus the
 * workbook's shared strings (as plain strings, {@link PlainSharedStrings}) and styles, however many rows the
 * sheet has. The DOM {@code XSSFWorkbook} is never built.
 *
 * <p>Cell texts: strings as stored; numbers as their exact stored value in plain notation
 * ({@code 2615621882.99}, never locale-formatted); numbers whose cell style has a date format as an ISO
 * date ({@code 2025-02-12}, or {@code 2025-02-12T10:30:00} when there is a time of day), in the workbook's
 * 1900 or 1904 date system; booleans as {@code TRUE}/{@code FALSE}; formulas as their cached result. The
 * {@link CellKind} of each cell is kept beside its text.
 */
final class XlsxSource implements TabularSource {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Path file;
    private final String requestedSheet;
    private final boolean deleteOnClose;
    private final String sheetName;

    XlsxSource(Path file, String sheetName, boolean deleteOnClose) {
        this.file = file;
        this.requestedSheet = sheetName;
        this.deleteOnClose = deleteOnClose;
        this.sheetName = withPackage(reader -> {
            try (SheetStream sheet = sheet(reader)) {
                return sheet.name;
            }
        });
    }

    @Override
    public String description() {
        return "XLSX (lembar '" + sheetName + "')";
    }

    @Override
    public void forEachRow(Consumer<SourceRow> consumer) {
        withPackage(reader -> {
            boolean date1904 = date1904(reader);
            StylesTable styles = reader.getStylesTable();
            SharedStrings strings;
            try (InputStream sharedStrings = sharedStrings(reader)) {
                strings = new PlainSharedStrings(sharedStrings);
            }
            RowCollector rows = new RowCollector(consumer, styles, date1904);
            CellCapture capture = new CellCapture(rows);
            // No styles for the handler: it would look up and format every number cell, and number cells are
            // taken from their raw value here, dates recognised by RowCollector from the (cached) cell styles.
            capture.delegate = new XSSFSheetXMLHandler(null, null, strings, rows, new DataFormatter(Locale.ROOT), false);
            try (SheetStream sheet = sheet(reader)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(capture);
                parser.parse(new InputSource(sheet.stream));
            }
            return null;
        });
    }

    @Override
    public void close() {
        if (deleteOnClose) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private interface PackageWork<T> {
        T run(XSSFReader reader) throws IOException, OpenXML4JException, SAXException, ParserConfigurationException;
    }

    private <T> T withPackage(PackageWork<T> work) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new UnreadableSourceException("Berkas bukan buku kerja XLSX yang dapat dibaca: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new UnreadableSourceException("Berkas XLSX rusak: " + e.getMessage(), e);
        }
        try {
            return work.run(new XSSFReader(pkg));
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new UnreadableSourceException("Berkas XLSX tidak dapat dibaca: " + e.getMessage(), e);
        } finally {
            pkg.revert();
        }
    }

    private static final class SheetStream implements AutoCloseable {
        final String name;
        final InputStream stream;

        SheetStream(String name, InputStream stream) {
            this.name = name;
            this.stream = stream;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }

    private SheetStream sheet(XSSFReader reader) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        List<String> names = new ArrayList<>();
        while (sheets.hasNext()) {
            InputStream stream = sheets.next();
            String name = sheets.getSheetName();
            if (requestedSheet == null || requestedSheet.trim().equalsIgnoreCase(name.trim())) {
                return new SheetStream(name, stream);
            }
            names.add(name);
            stream.close();
        }
        if (requestedSheet == null) {
            throw new UnreadableSourceException("Buku kerja XLSX tidak memiliki lembar kerja");
        }
        throw new UnreadableSourceException("Lembar '" + requestedSheet + "' tidak ada; lembar yang ada: " + String.join(", ", names));
    }

    /** The shared strings part, {@code null} when the workbook has none. */
    private static InputStream sharedStrings(XSSFReader reader) throws IOException, InvalidFormatException {
        try {
            return reader.getSharedStringsData();
        } catch (IllegalArgumentException | InvalidFormatException e) {
            return null;
        }
    }

    /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}). */
    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException, SAXException,
            ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream workbook = reader.getWorkbookData()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(workbook));
        }
        return found[0];
    }

    /**
     * Sits in front of {@link XSSFSheetXMLHandler} and notes, for the cell being read, its type
     * attribute, its style and the raw text of its value, which the handler itself only passes on
     * formatted.
     */
    private static final class CellCapture extends DefaultHandler {
        private final RowCollector rows;
        private XSSFSheetXMLHandler delegate;
        private boolean inValue;

        CellCapture(RowCollector rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if (MAIN_NS.equals(uri)) {
                if ("c".equals(localName)) {
                    rows.type = attributes.getValue("t");
                    String style = attributes.getValue("s");
                    rows.style = style == null ? 0 : Integer.parseInt(style.trim());
                    rows.raw.setLength(0);
                } else if ("v".equals(localName)) {
                    inValue = true;
                    rows.raw.setLength(0);
                }
            }
            delegate.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (MAIN_NS.equals(uri) && "v".equals(localName)) {
                inValue = false;
            }
            delegate.endElement(uri, localName, qName);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inValue) {
                rows.raw.append(ch, start, length);
            }
            delegate.characters(ch, start, length);
        }
    }

    /** Receives the handler's cells and turns each sheet row into a {@link SourceRow}. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<SourceRow> consumer;
        private final StylesTable styles;
        private final boolean date1904;
        /** Per cell style index: null not looked at yet, else whether it formats dates. */
        private Boolean[] dateStyles = new Boolean[64];
        private final List<String> cells = new ArrayList<>();
        private final List<CellKind> kinds = new ArrayList<>();
        private int lastColumn;
        final StringBuilder raw = new StringBuilder(32);
        String type;
        int style;

        RowCollector(Consumer<SourceRow> consumer, StylesTable styles, boolean date1904) {
            this.consumer = consumer;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            kinds.clear();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            SourceRow row = new SourceRow(rowNum + 1, cells, kinds);
            if (!row.isBlank()) {
                consumer.accept(row);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (formattedValue == null) {
                return; // a comment on an empty cell
            }
            int column = reference == null ? lastColumn + 1 : column(reference);
            while (cells.size() <= column) {
                cells.add("");
                kinds.add(CellKind.TEXT);
            }
            lastColumn = column;
            String text = formattedValue;
            CellKind kind = CellKind.TEXT;
            String value = raw.toString().trim();
            if (type == null || "n".equals(type)) {
                if (!value.isEmpty()) {
                    try {
                        if (isDateStyle(style)) {
                            String date = isoDate(Double.parseDouble(value));
                            if (date != null) {
                                text = date;
                                kind = CellKind.DATE;
                            }
                        } else {
                            text = new BigDecimal(value).toPlainString();
                            kind = CellKind.NUMBER;
                        }
                    } catch (NumberFormatException e) {
                        text = value;
                    }
                }
            } else if ("b".equals(type)) {
                kind = CellKind.BOOLEAN;
            } else if ("e".equals(type)) {
                text = value;
                kind = CellKind.ERROR;
            } else if ("d".equals(type)) {
                text = value.endsWith("T00:00:00") ? value.substring(0, value.length() - 9) : value;
                kind = CellKind.DATE;
            }
            cells.set(column, text);
            kinds.set(column, kind);
        }

        private String isoDate(double serial) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
            if (dateTime == null) {
                return null;
            }
            return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString() : dateTime.toString();
        }

        private boolean isDateStyle(int index) {
            if (styles == null) {
                return false;
            }
            if (index < 0) {
                return false;
            }
            if (index >= dateStyles.length) {
                dateStyles = java.util.Arrays.copyOf(dateStyles, Math.max(index + 1, dateStyles.length * 2));
            }
            Boolean known = dateStyles[index];
            if (known == null) {
                known = formatsDates(index);
                dateStyles[index] = known;
            }
            return known;
        }

        private boolean formatsDates(int index) {
            if (index >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(index);
            if (cellStyle == null) {
                return false;
            }
            short format = cellStyle.getDataFormat();
            String pattern = cellStyle.getDataFormatString();
            if (pattern == null) {
                pattern = BuiltinFormats.getBuiltinFormat(format);
            }
            return DateUtil.isADateFormat(format, pattern);
        }

        /** {@code "AB12"} → 27. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return column - 1;
        }
    }
}
