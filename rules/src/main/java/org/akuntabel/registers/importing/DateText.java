package org.akuntabel.registers.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them in Indonesian registers: {@code 20/02/2025}, {@code 20-2-2025},
 * {@code 20.02.2025} (day first, always), {@code 2025-02-20}, {@code 20 Februari 2025}, {@code 20 februari 2025},
 * {@code 20 Feb 2025}, {@code 20-Feb-2025}, {@code Kamis, 20 Februari 2025}, English month names
 * ({@code 20 February 2025}, {@code February 20, 2025}) and the usual Indonesian variants ({@code Pebruari},
 * {@code Nopember}, {@code Agt}), in any case. Two-digit years and dates that do not exist (31 Februari) are
 * refused with a message in Bahasa Indonesia.
 */
final class DateText {

    static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember"};

    private static final Map<String, Integer> MONTH_NAMES = new HashMap<>();

    static {
        String[][] names = {
                {"januari", "january", "jan"},
                {"februari", "pebruari", "february", "feb", "peb"},
                {"maret", "march", "mar"},
                {"april", "apr"},
                {"mei", "may"},
                {"juni", "june", "jun"},
                {"juli", "july", "jul"},
                {"agustus", "august", "agu", "agt", "ags", "aug", "agust"},
                {"september", "sep", "sept"},
                {"oktober", "october", "okt", "oct"},
                {"november", "nopember", "nov", "nop"},
                {"desember", "december", "des", "dec"},
        };
        for (int month = 0; month < names.length; month++) {
            for (String name : names[month]) {
                MONTH_NAMES.put(name, month + 1);
            }
        }
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[tT ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d+)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[\\s-]*([a-z]+)\\.?[\\s-]*(\\d+)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d+)");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^(senin|selasa|rabu|kamis|jumat|jum at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s*,?\\s*");

    private DateText() {
    }

    /** The date, or a {@link CellProblem} with the reason in Bahasa Indonesia. */
    static LocalDate parse(String text) {
        String s = WHITE_SPACE.matcher(text.strip().toLowerCase(Locale.ROOT).replace('\u00A0', ' ').replace('\'', ' '))
                .replaceAll(" ");
        s = WEEKDAY.matcher(s).replaceFirst("");
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return date(text, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month > 12 && day <= 12) {
                throw new CellProblem("Tanggal '" + text.strip() + "' tidak dapat dibaca: bulan " + month
                        + " tidak ada (tulis hari/bulan/tahun, mis. 20/02/2025)");
            }
            return date(text, day, month, m.group(3));
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return date(text, Integer.parseInt(m.group(1)), month(text, m.group(2)), m.group(3));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return date(text, Integer.parseInt(m.group(2)), month(text, m.group(1)), m.group(3));
        }
        throw new CellProblem("Tanggal '" + text.strip() + "' tidak dapat dibaca (contoh yang dikenali: 20/02/2025, "
                + "2025-02-20, 20 Februari 2025)");
    }

    private static int month(String text, String name) {
        Integer month = MONTH_NAMES.get(name);
        if (month == null) {
            throw new CellProblem("Tanggal '" + text.strip() + "' tidak dapat dibaca: nama bulan '" + name + "' tidak dikenal");
        }
        return month;
    }

    private static LocalDate date(String text, int day, int month, String year) {
        if (year.length() != 4) {
            throw new CellProblem("Tanggal '" + text.strip() + "' tidak dapat dibaca: tahun harus ditulis empat angka");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, day);
        } catch (DateTimeException e) {
            String monthName = month >= 1 && month <= 12 ? MONTHS[month - 1] : "bulan " + month;
            throw new CellProblem("Tanggal tidak ada: " + day + " " + monthName + " " + year);
        }
    }

    /** {@code 2025-02-12} → {@code 12 Februari 2025}. */
    static String indonesian(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
