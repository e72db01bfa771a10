package org.akuntabel.registers.importing;

import org.akuntabel.shared.IndonesianFormat;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Generated cooperative registers of any size, one row per cooperative for one year, as an agency would keep
 * them: Indonesian amounts (about one in ten with sen), RAT dates as {@code 12 Februari 2025} (CSV) or date
 * cells (XLSX, written with POI's streaming SXSSF writer and a shared strings table, as Excel does).
 */
final class LargeCooperativeFiles {

    static final String[] HEADER = {"No", "Nama Koperasi", "Nomor Badan Hukum", "Tahun", "Tanggal RAT", "Volume Usaha", "Aset"};

    private LargeCooperativeFiles() {
    }

    record Row(int no, String name, String number, LocalDate rat, BigDecimal volume, BigDecimal assets) {
    }

    static Row row(Random random, int no) {
        LocalDate rat = LocalDate.of(2025, 1 + random.nextInt(6), 1 + random.nextInt(28));
        BigDecimal volume = BigDecimal.valueOf(1_000_000L + (random.nextLong() & 0xFFFFFFFFFL) % 99_000_000_000L);
        BigDecimal assets = BigDecimal.valueOf(1_000_000L + (random.nextLong() & 0xFFFFFFFFFL) % 20_000_000_000L);
        if (random.nextInt(10) == 0) {
            assets = assets.add(BigDecimal.valueOf(1 + random.nextInt(99), 2));
        }
        return new Row(no, "Koperasi Uji Sejahtera " + no, no + "/BH/XVI." + (no % 7) + "/2015", rat, volume, assets);
    }

    static Path csv(Path file, int rows) {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(";", HEADER));
            out.write("\r\n");
            for (int i = 1; i <= rows; i++) {
                Row row = row(random, i);
                out.write(i + ";" + row.name() + ";" + row.number() + ";2025;" + IndonesianFormat.date(row.rat()) + ";"
                        + IndonesianFormat.number(row.volume(), 0) + ";" + IndonesianFormat.number(row.assets(), 2) + "\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    static Path xlsx(Path file, int rows) {
        Random random = new Random(42);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Koperasi");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("d mmmm yyyy"));
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = row(random, i);
                org.apache.poi.ss.usermodel.Row cells = sheet.createRow(i);
                cells.createCell(0).setCellValue(i);
                cells.createCell(1).setCellValue(row.name());
                cells.createCell(2).setCellValue(row.number());
                cells.createCell(3).setCellValue(2025);
                cells.createCell(4).setCellValue(row.rat());
                cells.getCell(4).setCellStyle(date);
                cells.createCell(5).setCellValue(row.volume().doubleValue());
                cells.getCell(5).setCellStyle(amount);
                cells.createCell(6).setCellValue(row.assets().doubleValue());
                cells.getCell(6).setCellStyle(amount);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
