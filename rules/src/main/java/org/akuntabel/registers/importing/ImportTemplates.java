package org.akuntabel.registers.importing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Import templates: for each register, the header line with the column headers in Bahasa Indonesia and one
 * example row, as a CSV that a spreadsheet opens in columns. The separator is {@code ;}, what Excel with
 * Indonesian regional settings reads and writes (the importer reads {@code ,} as well); numbers are written
 * the Indonesian way ({@code 2.615.621.882,99}). The running-number column {@code No} is left out.
 */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    /** The template of {@code register}: header line and example row, each ending in a line break. */
    public static String csv(Register register) {
        List<ImportField> columns = register.fields().stream().filter(f -> f.type() != FieldType.IGNORED).toList();
        return line(columns.stream().map(ImportField::header).toList()) + line(columns.stream().map(ImportField::example).toList());
    }

    /**
     * The template of {@code register} as an XLSX workbook: one sheet named after the register, the header row in
     * bold and the example row, every cell text (as a person would type it, so that the example keeps its format).
     */
    public static byte[] xlsx(Register register) {
        List<ImportField> columns = register.fields().stream().filter(f -> f.type() != FieldType.IGNORED).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(register.label());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(bold);
                example.createCell(i).setCellValue(columns.get(i).example());
                sheet.setColumnWidth(i, Math.max(12, columns.get(i).header().length() + 4) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name for the template: {@code templat-impor-koperasi.csv}. */
    public static String fileName(Register register) {
        return "templat-impor-" + HeaderText.normalise(register.label()).replace(' ', '-') + ".csv";
    }

    private static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(';');
            }
            if (cell.contains(";") || cell.contains("\"") || cell.contains("\n")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append("\r\n").toString();
    }
}
