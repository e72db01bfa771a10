package org.akuntabel.registers.importing;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XlsxSourceTest {

    @TempDir
    Path directory;

    private static List<SourceRow> rows(TabularSource source) {
        List<SourceRow> rows = new ArrayList<>();
        source.forEachRow(rows::add);
        return rows;
    }

    private Path workbook(boolean date1904) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("Isi lembar berikutnya");
            if (date1904) {
                workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            }
            Sheet sheet = workbook.createSheet("Koperasi");
            CellStyle longDate = workbook.createCellStyle();
            longDate.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
            CellStyle shortDate = workbook.createCellStyle();
            shortDate.setDataFormat((short) 14); // built-in m/d/yy
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            Row header = sheet.createRow(0);
            String[] headers = {"nama", "tanggal", "tanggal2", "waktu", "aset", "volume", "aktif", "rumus", "teks rumus", "kosong", "galat"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row row = sheet.createRow(2); // row 2 (index 1) left out: a gap
            row.createCell(0).setCellValue("KOPERASI PRODUSEN KARYAWAN TIMAH MANGGAR");
            row.createCell(1).setCellValue(LocalDate.of(2025, 2, 12));
            row.getCell(1).setCellStyle(longDate);
            row.createCell(2).setCellValue(LocalDate.of(2024, 3, 9));
            row.getCell(2).setCellStyle(shortDate);
            row.createCell(3).setCellValue(LocalDateTime.of(2025, 5, 10, 9, 30));
            row.getCell(3).setCellStyle(dateTime);
            row.createCell(4).setCellValue(2615621882.99);
            row.getCell(4).setCellStyle(thousands);
            row.createCell(5).setCellValue(31781794203d);
            row.createCell(6).setCellValue(true);
            row.createCell(7).setCellFormula("E3*2");
            row.createCell(8).setCellFormula("\"ya\"");
            // column 9 left empty
            row.createCell(10).setCellFormula("1/0");
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            Row last = sheet.createRow(3);
            last.createCell(0).setCellValue("  ");
            Row after = sheet.createRow(5);
            after.createCell(4).setCellValue(0.1 + 0.2);
            after.createCell(5).setCellValue(1.23456789012345E17);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return TestFiles.write(directory, date1904 ? "1904.xlsx" : "1900.xlsx", out.toByteArray());
        }
    }

    @Test
    void cellsComeThroughExactWithTheirKind() throws IOException {
        try (TabularSource source = TabularSource.xlsx(workbook(false), "koperasi")) {
            assertEquals("XLSX (lembar 'Koperasi')", source.description());
            List<SourceRow> rows = rows(source);
            assertEquals(List.of(1, 3, 6), rows.stream().map(SourceRow::number).toList(), "blank rows skipped, numbers kept");
            SourceRow row = rows.get(1);
            assertEquals(List.of("KOPERASI PRODUSEN KARYAWAN TIMAH MANGGAR", "2025-02-12", "2024-03-09", "2025-05-10T09:30",
                    "2615621882.99", "31781794203", "TRUE", "5231243765.98", "ya", "", "#DIV/0!"), row.cells());
            assertEquals(List.of(CellKind.TEXT, CellKind.DATE, CellKind.DATE, CellKind.DATE, CellKind.NUMBER, CellKind.NUMBER,
                    CellKind.BOOLEAN, CellKind.NUMBER, CellKind.TEXT, CellKind.TEXT, CellKind.ERROR), row.kinds());
            // the values exactly as stored: POI stores this double as 1.23456789012344992E17
            assertEquals(List.of("", "", "", "", "0.30000000000000004", "123456789012344992"), rows.get(2).cells());
        }
    }

    @Test
    void richTextCellsComeThroughAsTheirPlainText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            org.apache.poi.xssf.usermodel.XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            org.apache.poi.xssf.usermodel.XSSFRichTextString name =
                    new org.apache.poi.xssf.usermodel.XSSFRichTextString("KOPERASI MAJU BERSAMA");
            name.applyFont(9, 13, bold);
            Row row = workbook.createSheet("Koperasi").createRow(0);
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue("baris 1\nbaris 2");
            row.createCell(2).setCellValue("  spasi di tepi ");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            Path file = TestFiles.write(directory, "rich.xlsx", out.toByteArray());
            try (TabularSource source = TabularSource.open(file)) {
                assertEquals(List.of("KOPERASI MAJU BERSAMA", "baris 1\nbaris 2", "  spasi di tepi "), rows(source).get(0).cells());
            }
        }
    }

    @Test
    void datesFollowTheWorkbooksDateSystem() throws IOException {
        try (TabularSource source = TabularSource.xlsx(workbook(true), "Koperasi")) {
            assertEquals("2025-02-12", rows(source).get(1).cell(1));
        }
    }

    @Test
    void theFirstSheetUnlessOneIsNamed() throws IOException {
        Path file = workbook(false);
        try (TabularSource source = TabularSource.open(file)) {
            assertEquals("XLSX (lembar 'Petunjuk')", source.description());
            assertEquals(List.of("Isi lembar berikutnya"), rows(source).get(0).cells());
        }
        UnreadableSourceException error = assertThrows(UnreadableSourceException.class, () -> TabularSource.xlsx(file, "Perusahaan"));
        assertEquals("Lembar 'Perusahaan' tidak ada; lembar yang ada: Petunjuk, Koperasi", error.getMessage());
    }

    @Test
    void aDamagedFileIsAClearError() {
        Path file = TestFiles.write(directory, "rusak.xlsx", new byte[]{'P', 'K', 3, 4, 1, 2, 3, 4, 5});
        UnreadableSourceException error = assertThrows(UnreadableSourceException.class, () -> TabularSource.open(file));
        assertTrue(error.getMessage().startsWith("Berkas "), error.getMessage());
    }
}
