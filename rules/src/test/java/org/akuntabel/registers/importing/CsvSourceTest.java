package org.akuntabel.registers.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvSourceTest {

    private static List<SourceRow> rows(TabularSource source) {
        List<SourceRow> rows = new ArrayList<>();
        source.forEachRow(rows::add);
        return rows;
    }

    @Test
    void utf8WithoutBomIsUtf8() {
        CsvSource source = CsvSource.of("nama;kecamatan\nKopi Ñoño – Sejahtera;Dendang\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, source.charset());
        assertEquals(';', source.delimiter());
        assertEquals(List.of("Kopi Ñoño – Sejahtera", "Dendang"), rows(source).get(1).cells());
    }

    @Test
    void byteOrderMarkIsDroppedFromTheFirstHeader() {
        byte[] content = TestFiles.bytes("Nama,Kecamatan\nA,B\n", StandardCharsets.UTF_8, true);
        CsvSource source = CsvSource.of(content);
        assertEquals("CSV (UTF-8 dengan BOM, pemisah ',')", source.description());
        assertEquals("Nama", rows(source).get(0).cell(0));
    }

    @Test
    void invalidUtf8IsWindows1252() {
        byte[] content = "nama;catatan\nCaf\u00e9 \u2018Mawar\u2019;\u20ac 5\n".getBytes(CsvSource.WINDOWS_1252);
        CsvSource source = CsvSource.of(content);
        assertEquals(CsvSource.WINDOWS_1252, source.charset());
        assertEquals(List.of("Caf\u00e9 \u2018Mawar\u2019", "\u20ac 5"), rows(source).get(1).cells());
    }

    @Test
    void aNonUtf8ByteFarIntoTheFileStillMakesItWindows1252() {
        StringBuilder text = new StringBuilder("nama,nilai\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("Koperasi ").append(i).append(",1.000\n");
        }
        text.append("Caf\u00e9,1\n");
        CsvSource source = CsvSource.of(text.toString().getBytes(CsvSource.WINDOWS_1252));
        assertEquals(CsvSource.WINDOWS_1252, source.charset());
        List<SourceRow> rows = rows(source);
        assertEquals("Caf\u00e9", rows.get(rows.size() - 1).cell(0));
    }

    @Test
    void theSeparatorComesFromTheHeaderLineOutsideQuotes() {
        assertEquals(',', CsvSource.of("\"a;b;c\",d\n1,2\n".getBytes(StandardCharsets.UTF_8)).delimiter());
        assertEquals(';', CsvSource.of("a;b,c;d\n".getBytes(StandardCharsets.UTF_8)).delimiter());
        assertEquals('\t', CsvSource.of("a\tb\tc\n".getBytes(StandardCharsets.UTF_8)).delimiter());
        assertEquals(',', CsvSource.of("nama\nA\n".getBytes(StandardCharsets.UTF_8)).delimiter());
    }

    @Test
    void titleLinesAndDecimalCommasDoNotMisleadTheSeparator() {
        String text = "Tabel 3.13 Jumlah koperasi, menurut RAT, volume usaha dan aset\n\nno;nama;volume;aset\n"
                + "1;KOPERASI A;1,705,257,600;2,743,060,726\n2;KOPERASI B;2.473.368.099;21.342,752\n";
        assertEquals(';', CsvSource.of(text.getBytes(StandardCharsets.UTF_8)).delimiter());
    }

    @Test
    void rowNumbersCountEveryLineBeforeTheTableAndSkipBlankRows() {
        String text = "# Sumber: LKjIP 2025, Tabel 3.13\n# catatan kedua\nno,nama,aset\n1,\"KOPERASI A\",\"1.000.000\"\n\n,,\n"
                + "3,\"KOPERASI\nDUA BARIS\",5\n4,KOPERASI D,6\n";
        List<SourceRow> rows = rows(CsvSource.of(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(3, 4, 7, 8), rows.stream().map(SourceRow::number).toList());
        assertEquals(List.of("1", "KOPERASI A", "1.000.000"), rows.get(1).cells());
        assertEquals("KOPERASI\nDUA BARIS", rows.get(2).cell(1));
        assertEquals("", rows.get(3).cell(7), "past the end of the row");
        assertTrue(rows.stream().allMatch(r -> r.kinds().stream().allMatch(k -> k == CellKind.TEXT)));
    }

    @Test
    void aSourceCanBeReadTwice() {
        CsvSource source = CsvSource.of("a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(rows(source), rows(source));
    }

    @Test
    void aBrokenQuoteIsAClearError() {
        CsvSource source = CsvSource.of("nama,aset\n\"KOPERASI A\"x,5\n".getBytes(StandardCharsets.UTF_8));
        UnreadableSourceException error = assertThrows(UnreadableSourceException.class, () -> rows(source));
        assertTrue(error.getMessage().startsWith("Berkas CSV rusak (periksa tanda petik \")"), error.getMessage());
    }

    @Test
    void anUploadIsKeptInATemporaryFileUntilClosed(@TempDir Path directory) throws Exception {
        TabularSource upload = TabularSource.upload(new ByteArrayInputStream("nama\nA\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, rows(upload).size());
        upload.close();
        Path file = TestFiles.write(directory, "data.csv", "nama\nA\n".getBytes(StandardCharsets.UTF_8));
        try (TabularSource opened = TabularSource.open(file)) {
            assertEquals("CSV (UTF-8, pemisah ',')", opened.description());
        }
        assertTrue(Files.exists(file), "a file opened by path is the caller's");
    }

    @Test
    void oldExcelFilesAreRefusedWithAMessage(@TempDir Path directory) {
        Path xls = TestFiles.write(directory, "lama.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        UnreadableSourceException error = assertThrows(UnreadableSourceException.class, () -> TabularSource.open(xls));
        assertEquals("Berkas Excel 97-2003 (.xls) tidak didukung: simpan ulang sebagai .xlsx atau CSV", error.getMessage());
    }

    @Test
    void anEmptyFileHasNoRows() {
        assertFalse(rows(CsvSource.of(new byte[0])).iterator().hasNext());
    }
}
