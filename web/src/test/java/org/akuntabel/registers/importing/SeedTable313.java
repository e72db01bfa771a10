package org.akuntabel.registers.importing;

import org.akuntabel.shared.IndonesianFormat;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tabel 3.13 of the Belitung Timur LKjIP 2025 (seed {@code 000_…}) as the demo data holds it
 * ({@code web/src/main/resources/demo/beltim/koperasi-tabel-3.13.csv}; a copy of the rules module's test fixture): normalised values,
 * and in the {@code catatan} column what was printed where that differs ({@code aset_2025: tercetak '21.342,752'}).
 *
 * <p>{@link #printed()} gives the table back as printed: every cell the {@code catatan} names as printed, other
 * amounts with Indonesian thousands separators, dates as {@code 9 Maret 2024}, the empty cell empty. (Checked
 * once against the seed text: all 54 rows are identical.) The notes quote printed values with typographic
 * quotes ‘…’ instead of {@code '…'}, so that the Windows-1252 copy of the table differs from the UTF-8 one.
 */
final class SeedTable313 {

    static final List<String> HEADER = List.of("no", "nama", "tanggal_rat_2024", "tanggal_rat_2025", "volume_usaha_2024",
            "volume_usaha_2025", "aset_2024", "aset_2025", "catatan");

    private static final Pattern PRINTED = Pattern.compile("(\\w+): tercetak '([^']*)'");

    /** A normalised row of the demo CSV: column → value as stored there. */
    private final List<Map<String, String>> normalised = new ArrayList<>();

    SeedTable313() {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                SeedTable313.class.getResourceAsStream("/demo/beltim/koperasi-tabel-3.13.csv")), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                     .get().parse(reader)) {
            if (!csv.getHeaderNames().equals(HEADER)) {
                throw new IllegalStateException("Demo CSV header changed: " + csv.getHeaderNames());
            }
            for (CSVRecord record : csv) {
                normalised.add(record.toMap());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return normalised.size();
    }

    /** The rows as printed in the seed, in {@link #HEADER} order. */
    List<List<String>> printed() {
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> row : normalised) {
            Map<String, String> printedCells = new HashMap<>();
            Matcher matcher = PRINTED.matcher(row.get("catatan"));
            while (matcher.find()) {
                printedCells.put(matcher.group(1), matcher.group(2));
            }
            List<String> cells = new ArrayList<>();
            for (String column : HEADER) {
                String value = row.get(column);
                if (printedCells.containsKey(column)) {
                    cells.add(printedCells.get(column));
                } else if (value.isEmpty() || column.equals("no") || column.equals("nama")) {
                    cells.add(value);
                } else if (column.equals("catatan")) {
                    cells.add(value.replaceAll("'([^']*)'", "\u2018$1\u2019"));
                } else if (column.startsWith("tanggal_rat_")) {
                    cells.add(IndonesianFormat.date(LocalDate.parse(value)));
                } else {
                    cells.add(IndonesianFormat.number(new BigDecimal(value), 0));
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The normalised value the demo CSV stores for cooperative {@code no} (1-based) in {@code column}. */
    String value(int no, String column) {
        return normalised.get(no - 1).get(column);
    }

    String name(int no) {
        return value(no, "nama");
    }
}
