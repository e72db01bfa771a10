package org.akuntabel.registers.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * A table of strings read from a file: CSV or XLSX. Rows come out in order with their 1-based row
 * number; rows whose cells are all empty are skipped. The first rows are whatever the file has first
 * (title lines, the header row); finding the header is the importer's business.
 *
 * <p>A source can be read more than once ({@link #forEachRow} streams the file again each time), which
 * lets the importer look at every value of a column before it reads any one of them, without keeping
 * the rows in memory. Close it when done: a source made from a stream deletes its temporary copy.
 */
public interface TabularSource extends AutoCloseable {

    /**
     * Streams every non-blank row to {@code consumer}, in file order.
     *
     * @throws UnreadableSourceException when the file cannot be read (message in Bahasa Indonesia)
     */
    void forEachRow(Consumer<SourceRow> consumer);

    /** What was read and how, for people: {@code "CSV (UTF-8, pemisah ';')"}, {@code "XLSX (lembar 'Koperasi')"}. */
    String description();

    @Override
    default void close() {
    }

    /** A CSV file: encoding (UTF-8 with or without BOM, else Windows-1252) and separator detected. */
    static TabularSource csv(Path file) {
        return CsvSource.of(file);
    }

    /** CSV content held in memory (small files, tests). */
    static TabularSource csv(byte[] content) {
        return CsvSource.of(content);
    }

    /** The first sheet of an XLSX workbook, read with the streaming (SAX) API. */
    static TabularSource xlsx(Path file) {
        return new XlsxSource(file, null, false);
    }

    /** The sheet named {@code sheetName} of an XLSX workbook (case-insensitive). */
    static TabularSource xlsx(Path file, String sheetName) {
        return new XlsxSource(file, sheetName, false);
    }

    /**
     * A CSV or XLSX file, told apart by its content (an XLSX file is a ZIP archive; an old binary
     * {@code .xls} file is refused with a message).
     */
    static TabularSource open(Path file) {
        return isZip(file) ? xlsx(file) : csv(file);
    }

    /**
     * An uploaded file: copied to a temporary file (deleted by {@link #close()}) and opened as
     * {@link #open(Path)} does. The stream is read to its end but not closed.
     */
    static TabularSource upload(InputStream content) {
        try {
            Path copy = Files.createTempFile("akuntabel-import-", ".upload");
            try {
                Files.copy(content, copy, StandardCopyOption.REPLACE_EXISTING);
                return isZip(copy) ? new XlsxSource(copy, null, true) : CsvSource.temporary(copy);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Berkas unggahan tidak dapat disimpan sementara", e);
        }
    }

    /** Whether the file is a ZIP archive (XLSX); refuses the old binary Excel format. */
    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length == 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                    && (head[3] & 0xFF) == 0xE0) {
                throw new UnreadableSourceException("Berkas Excel 97-2003 (.xls) tidak didukung: simpan ulang sebagai .xlsx atau CSV");
            }
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new UnreadableSourceException("Berkas tidak dapat dibuka: " + file.getFileName(), e);
        }
    }
}
