package org.akuntabel.registers.importing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Builds CSV and XLSX files for tests (XLSX with POI's usermodel: fine for small test files). */
final class TestFiles {

    private TestFiles() {
    }

    /** CSV text: cells quoted when needed, lines ending in CRLF. */
    static String csv(char separator, List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append(separator);
                }
                String cell = row.get(i);
                if (cell.indexOf(separator) >= 0 || cell.contains("\"") || cell.contains("\n")) {
                    text.append('"').append(cell.replace("\"", "\"\"")).append('"');
                } else {
                    text.append(cell);
                }
            }
            text.append("\r\n");
        }
        return text.toString();
    }

    static byte[] bytes(String text, Charset charset, boolean byteOrderMark) {
        byte[] body = text.getBytes(charset);
        if (!byteOrderMark) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    static Path write(Path directory, String name, byte[] content) {
        try {
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An XLSX sheet from rows of cell values: {@link String} (text cell; empty string = no cell),
     * {@link Number} (number cell), {@link LocalDate} (number cell with a date format), {@link Boolean}.
     */
    static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook, sheetName, rows);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Workbook workbook, String sheetName, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(sheetName);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                put(row, c, values.get(c), date);
            }
        }
    }

    static void put(Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null || (value instanceof String s && s.isEmpty())) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            throw new IllegalArgumentException(value.getClass().getName());
        }
    }

    static void write(Workbook workbook, OutputStream out) {
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
