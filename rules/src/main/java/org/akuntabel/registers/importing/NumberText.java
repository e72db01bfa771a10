package org.akuntabel.registers.importing;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What a number written as text can mean, before the column it stands in is taken into account.
 *
 * <ul>
 *   <li>{@link Shape#PLAIN}: digits only ({@code 8000000}); one value, says nothing about the style.</li>
 *   <li>{@link Shape#WRITTEN}: the text itself shows its style: two kinds of separator
 *       ({@code 2.615.621.882,99}: the last one is the decimal separator), the same separator more than once
 *       ({@code 31,781,794,203}: thousands), or one separator not followed by exactly three digits
 *       ({@code 20,5}, {@code 1234.5}: decimals).</li>
 *   <li>{@link Shape#EITHER}: one separator followed by exactly three digits after one to three digits
 *       ({@code 1.234}, {@code 456,789}): thousands in one style, decimals in the other. The column decides.</li>
 *   <li>{@link Shape#INVALID}: anything else ({@code 12abc}, {@code 1.23.456}).</li>
 * </ul>
 *
 * A value with exactly three digits after its decimal separator ({@code 21.342,752}, {@code 1.023.950,900})
 * also has a {@link Reading#typo() typo reading}: the decimal separator mistyped for a thousands separator
 * ({@code 21.342.752}). Whether that reading matters is decided by the column too.
 */
final class NumberText {

    /** Which character groups thousands and which marks decimals. */
    enum Style {
        /** {@code 1.234.567,89}. */
        INDONESIAN('.', ',', "format Indonesia (titik pemisah ribuan, koma desimal)"),
        /** {@code 1,234,567.89}. */
        INTERNATIONAL(',', '.', "format internasional (koma pemisah ribuan, titik desimal)");

        final char thousands;
        final char decimal;
        final String label;

        Style(char thousands, char decimal, String label) {
            this.thousands = thousands;
            this.decimal = decimal;
            this.label = label;
        }
    }

    enum Shape { PLAIN, WRITTEN, EITHER, INVALID }

    /**
     * @param shape       see {@link Shape}
     * @param style       the style the text shows ({@link Shape#WRITTEN} only)
     * @param value       the value ({@link Shape#PLAIN}, {@link Shape#WRITTEN})
     * @param separator   the one separator ({@link Shape#EITHER})
     * @param asThousands the value with {@code separator} read as thousands ({@link Shape#EITHER})
     * @param asDecimal   the value with {@code separator} read as decimals ({@link Shape#EITHER})
     * @param typo        when the decimal part has exactly three digits: the value with every separator read
     *                    as thousands; {@code null} otherwise
     */
    record Reading(Shape shape, Style style, BigDecimal value, char separator, BigDecimal asThousands,
                   BigDecimal asDecimal, BigDecimal typo) {

        /** Whether the (written) value has a decimal part. */
        boolean hasFraction() {
            return shape == Shape.WRITTEN && value.scale() > 0;
        }
    }

    private static final Reading INVALID = new Reading(Shape.INVALID, null, null, ' ', null, null, null);

    private NumberText() {
    }

    static Reading read(String text) {
        String s = strip(text);
        if (s == null) {
            return INVALID;
        }
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = !negative;
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return INVALID;
        }
        int dots = 0;
        int commas = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c == ',') {
                commas++;
            } else if (c < '0' || c > '9') {
                return INVALID;
            }
        }
        char first = s.charAt(0);
        char last = s.charAt(s.length() - 1);
        if (first == '.' || first == ',' || last == '.' || last == ',') {
            return INVALID;
        }
        Reading reading;
        if (dots == 0 && commas == 0) {
            reading = new Reading(Shape.PLAIN, null, new BigDecimal(s), ' ', null, null, null);
        } else if (dots > 0 && commas > 0) {
            reading = mixed(s);
        } else {
            char separator = dots > 0 ? '.' : ',';
            reading = (dots + commas) > 1 ? grouped(s, separator) : single(s, separator);
        }
        return negative ? negate(reading) : reading;
    }

    /** Both separators: the last one (occurring once) is the decimal separator, the other groups thousands. */
    private static Reading mixed(String s) {
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        char decimal = lastDot > lastComma ? '.' : ',';
        char thousands = decimal == '.' ? ',' : '.';
        int at = Math.max(lastDot, lastComma);
        String integer = s.substring(0, at);
        String fraction = s.substring(at + 1);
        if (integer.indexOf(decimal) >= 0 || fraction.indexOf(thousands) >= 0 || !validGroups(integer, thousands)) {
            return INVALID;
        }
        String digits = integer.replace(String.valueOf(thousands), "");
        Style style = decimal == ',' ? Style.INDONESIAN : Style.INTERNATIONAL;
        BigDecimal value = new BigDecimal(digits + "." + fraction);
        BigDecimal typo = fraction.length() == 3 && !isZero(digits) ? new BigDecimal(digits + fraction) : null;
        return new Reading(Shape.WRITTEN, style, value, ' ', null, null, typo);
    }

    /** One kind of separator, several times: thousands. */
    private static Reading grouped(String s, char separator) {
        if (!validGroups(s, separator)) {
            return INVALID;
        }
        Style style = separator == '.' ? Style.INDONESIAN : Style.INTERNATIONAL;
        return new Reading(Shape.WRITTEN, style, new BigDecimal(s.replace(String.valueOf(separator), "")), ' ', null, null, null);
    }

    /** One separator, once. */
    private static Reading single(String s, char separator) {
        int at = s.indexOf(separator);
        String integer = s.substring(0, at);
        String fraction = s.substring(at + 1);
        BigDecimal asDecimal = new BigDecimal(integer + "." + fraction);
        if (fraction.length() == 3 && integer.length() <= 3 && integer.charAt(0) != '0') {
            return new Reading(Shape.EITHER, null, null, separator, new BigDecimal(integer + fraction), asDecimal, null);
        }
        Style style = separator == ',' ? Style.INDONESIAN : Style.INTERNATIONAL;
        BigDecimal typo = fraction.length() == 3 && !isZero(integer) ? new BigDecimal(integer + fraction) : null;
        return new Reading(Shape.WRITTEN, style, asDecimal, ' ', null, null, typo);
    }

    /** {@code 1.234.567}: a first group of one to three digits, then groups of exactly three. */
    private static boolean validGroups(String integer, char separator) {
        String[] groups = integer.split(separator == '.' ? "\\." : ",", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || (groups.length > 1 && groups[0].charAt(0) == '0')) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(String digits) {
        return digits.chars().allMatch(c -> c == '0');
    }

    private static Reading negate(Reading r) {
        return new Reading(r.shape, r.style, neg(r.value), r.separator, neg(r.asThousands), neg(r.asDecimal), neg(r.typo));
    }

    private static BigDecimal neg(BigDecimal value) {
        return value == null ? null : value.negate();
    }

    /** Drops white space and a leading {@code Rp}/{@code IDR}; {@code null} when nothing is left. */
    private static String strip(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                kept.append(c);
            }
        }
        String s = kept.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("rp.")) {
            s = s.substring(3);
        } else if (lower.startsWith("rp") || lower.startsWith("idr")) {
            s = s.substring(lower.startsWith("rp") ? 2 : 3);
        }
        return s.isEmpty() ? null : s;
    }

    /** Indonesian notation for messages: {@code 21342.752} → {@code 21.342,752}. */
    static String indonesian(BigDecimal value) {
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(integer.charAt(i));
        }
        if (dot >= 0) {
            grouped.append(',').append(plain.substring(dot + 1));
        }
        return (negative ? "-" : "") + grouped;
    }
}
