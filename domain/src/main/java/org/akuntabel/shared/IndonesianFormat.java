package org.akuntabel.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and dates as Indonesian documents print them: {@code 1.234.567,89}, {@code Rp 31.781.794.203},
 * {@code 12 Februari 2025}. Pure functions, safe to call from rule consequences.
 */
public final class IndonesianFormat {

    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianFormat() {
    }

    /**
     * Formats by pattern, made once per thread: building a {@link DecimalFormat} costs more than using it, and rule
     * evaluation formats the evidence of every finding (a format is not thread-safe, so each thread has its own).
     */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private static DecimalFormat pattern(String pattern) {
        return FORMATS.get().computeIfAbsent(pattern, IndonesianFormat::create);
    }

    private static DecimalFormat create(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** {@code 31781794203} → {@code Rp 31.781.794.203}; fractions of a rupiah are kept: {@code Rp 2.615.621.882,99}. */
    public static String rupiah(BigDecimal amount) {
        if (amount == null) {
            return "(tidak ada data)";
        }
        return "Rp " + pattern("#,##0.###").format(amount);
    }

    /** A number with up to {@code decimals} decimals, Indonesian separators: {@code 3,48}. */
    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "-";
        }
        return pattern(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals)).format(value);
    }

    /** A number with exactly {@code decimals} decimals: {@code 46,96}, {@code 4,80}. */
    public static String fixed(BigDecimal value, int decimals) {
        if (value == null) {
            return "-";
        }
        return pattern(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(value);
    }

    /** {@code 2025-02-12} → {@code 12 Februari 2025}. */
    public static String date(LocalDate date) {
        if (date == null) {
            return "(tidak ada data)";
        }
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }
}
