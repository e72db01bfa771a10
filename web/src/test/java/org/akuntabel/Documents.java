package org.akuntabel;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;

/** Reading the report files in tests as a person's tools would: the text of a PDF, page by page. */
public final class Documents {

    private Documents() {
    }

    /** The text of every page of a PDF, pages separated by a line break. */
    public static String pdfText(byte[] bytes) {
        try {
            PdfReader reader = new PdfReader(bytes);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new IllegalStateException("not a readable PDF", e);
        }
    }
}
