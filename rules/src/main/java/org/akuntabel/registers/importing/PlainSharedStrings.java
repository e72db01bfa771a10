package org.akuntabel.registers.importing;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A workbook's shared strings table read with SAX into plain strings. POI's {@code ReadOnlySharedStringsTable}
 * builds an XMLBeans rich text object each time a cell asks for its string, which dominates the time of reading
 * a sheet of names; this table hands out a plain text instead. Phonetic runs ({@code <rPh>}) are left out;
 * {@code _xHHHH_} escapes are decoded as Excel writes them.
 */
final class PlainSharedStrings implements SharedStrings {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final List<String> strings = new ArrayList<>();

    PlainSharedStrings(InputStream sharedStringsXml) throws IOException, SAXException, ParserConfigurationException {
        if (sharedStringsXml == null) {
            return;
        }
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;
            private boolean inPhonetic;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                switch (localName) {
                    case "si" -> text.setLength(0);
                    case "rPh" -> inPhonetic = true;
                    case "t" -> inText = !inPhonetic;
                    default -> {
                    }
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (!MAIN_NS.equals(uri)) {
                    return;
                }
                switch (localName) {
                    case "si" -> strings.add(decode(text.toString()));
                    case "rPh" -> inPhonetic = false;
                    case "t" -> inText = false;
                    default -> {
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    text.append(ch, start, length);
                }
            }
        });
        parser.parse(new InputSource(sharedStringsXml));
    }

    private static String decode(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher matcher = ESCAPE.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
        }
        matcher.appendTail(decoded);
        return decoded.toString();
    }

    @Override
    public RichTextString getItemAt(int idx) {
        if (idx < 0 || idx >= strings.size()) {
            throw new IllegalStateException("No shared string " + idx + " (of " + strings.size() + ")");
        }
        return new PlainText(strings.get(idx));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    /** A string without formatting; {@link #toString()} is what the sheet handler reads. */
    private record PlainText(String getString) implements RichTextString {

        @Override
        public String toString() {
            return getString;
        }

        @Override
        public int length() {
            return getString.length();
        }

        @Override
        public int numFormattingRuns() {
            return 0;
        }

        @Override
        public int getIndexOfFormattingRun(int index) {
            return 0;
        }

        @Override
        public void applyFont(int startIndex, int endIndex, short fontIndex) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(int startIndex, int endIndex, Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(Font font) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearFormatting() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void applyFont(short fontIndex) {
            throw new UnsupportedOperationException();
        }
    }
}
