package org.akuntabel.registers.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file read with Apache Commons CSV.
 *
 * <ul>
 *   <li>Encoding: a UTF-8 byte-order mark means UTF-8; otherwise the whole file is checked and is read as
 *       UTF-8 when it is valid UTF-8, else as Windows-1252 (what Excel on Windows writes for "CSV").</li>
 *   <li>Separator: whichever of {@code ;}, {@code ,} and tab splits the header line and the lines after it
 *       into the same number of cells most consistently ({@code ;} on a tie, {@code ,} when none splits
 *       anything). Excel with Indonesian regional settings writes {@code ;}.</li>
 *   <li>Lines starting with {@code #} before the first table line are comments (the demo data files
 *       begin with some); they count as rows, as they would in a spreadsheet.</li>
 *   <li>Row numbers: the record's position counted from the first line of the file, so that a file
 *       opened in a spreadsheet shows the same numbers (a quoted cell spanning lines is one row).</li>
 * </ul>
 */
final class CsvSource implements TabularSource {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final int MAX_LINE = 1 << 20;

    private interface Opener {
        InputStream open() throws IOException;
    }

    private final Opener opener;
    private final Charset charset;
    private final boolean byteOrderMark;
    private final char delimiter;
    private final Path temporary;

    private CsvSource(Opener opener, Path temporary) {
        this.opener = opener;
        this.temporary = temporary;
        try {
            try (InputStream in = opener.open()) {
                byte[] head = in.readNBytes(3);
                byteOrderMark = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                        && (head[2] & 0xFF) == 0xBF;
            }
            if (byteOrderMark) {
                charset = StandardCharsets.UTF_8;
            } else {
                try (InputStream in = opener.open()) {
                    charset = isUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252;
                }
            }
            delimiter = detectDelimiter();
        } catch (IOException e) {
            throw new UnreadableSourceException("Berkas CSV tidak dapat dibaca: " + e.getMessage(), e);
        }
    }

    static CsvSource of(Path file) {
        return new CsvSource(() -> Files.newInputStream(file), null);
    }

    static CsvSource temporary(Path file) {
        return new CsvSource(() -> Files.newInputStream(file), file);
    }

    static CsvSource of(byte[] content) {
        byte[] copy = content.clone();
        return new CsvSource(() -> new ByteArrayInputStream(copy), null);
    }

    /** The detected encoding. */
    Charset charset() {
        return charset;
    }

    /** The detected separator. */
    char delimiter() {
        return delimiter;
    }

    @Override
    public String description() {
        String separator = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return "CSV (" + (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Windows-1252")
                + (byteOrderMark ? " dengan BOM" : "") + ", pemisah " + separator + ")";
    }

    @Override
    public void forEachRow(Consumer<SourceRow> consumer) {
        try (BufferedReader reader = open()) {
            int leading = skipLeadingComments(reader);
            if (leading < 0) {
                return;
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
            try (CSVParser parser = format.parse(reader)) {
                for (CSVRecord record : parser) {
                    SourceRow row = SourceRow.text(leading + (int) record.getRecordNumber(), record.toList());
                    if (!row.isBlank()) {
                        consumer.accept(row);
                    }
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new UnreadableSourceException("Berkas CSV rusak (periksa tanda petik \"): " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new UnreadableSourceException("Berkas CSV tidak dapat dibaca: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private BufferedReader open() throws IOException {
        InputStream in = opener.open();
        if (byteOrderMark) {
            in.skipNBytes(3);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        Reader reader = new InputStreamReader(in, decoder);
        return new BufferedReader(reader, 1 << 16);
    }

    /** Skips blank and {@code #} lines at the start; returns how many, or -1 when nothing else follows. */
    private static int skipLeadingComments(BufferedReader reader) throws IOException {
        int skipped = 0;
        while (true) {
            reader.mark(MAX_LINE);
            String line = reader.readLine();
            if (line == null) {
                return -1;
            }
            if (line.isBlank() || line.startsWith("#")) {
                skipped++;
                continue;
            }
            try {
                reader.reset();
            } catch (IOException e) {
                throw new UnreadableSourceException("Baris pertama tabel lebih panjang dari 1 MB; berkas ini bukan tabel CSV", e);
            }
            return skipped;
        }
    }

    /**
     * The separator: the one that splits the first ten table lines (the header line and what follows it)
     * most consistently, i.e. gives the most lines with the same number of cells (more than one). Title
     * lines above the header and separators inside quotes or amounts ({@code 1.234,5} in a {@code ;} file)
     * do not mislead it. On a tie {@code ;} wins over tab and {@code ,}.
     */
    private char detectDelimiter() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = open()) {
            if (skipLeadingComments(reader) < 0) {
                return ',';
            }
            String line;
            while (lines.size() < 10 && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
            }
        }
        char[] candidates = {';', '\t', ','};
        char best = ',';
        int bestScore = 0;
        for (char candidate : candidates) {
            Map<Integer, Integer> linesByCells = new HashMap<>();
            for (String line : lines) {
                int cells = cells(line, candidate);
                if (cells > 1) {
                    linesByCells.merge(cells, 1, Integer::sum);
                }
            }
            int score = linesByCells.values().stream().max(Integer::compare).orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** How many cells {@code separator} splits the line into, outside quotes. */
    private static int cells(String line, char separator) {
        int cells = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                cells++;
            }
        }
        return cells;
    }

    /** Whether the whole stream is valid UTF-8 (streamed; nothing kept). */
    static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = in.read(buffer, 0, bytes.remaining())) >= 0) {
            bytes.put(buffer, 0, read);
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        bytes.flip();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (result.isError()) {
            return false;
        }
        chars.clear();
        return !decoder.flush(chars).isError();
    }
}
