package org.akuntabel.registers.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header and name normalisation: the comparisons that make {@code "No. Badan Hukum"} equal {@code "no_badan_hukum"}. */
final class HeaderText {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** {@code "volume usaha 2024"}, {@code "volume usaha tahun 2024"}, {@code "aset th 2025"}. */
    private static final Pattern YEAR_SUFFIX = Pattern.compile("^(.*?)\\s+(?:(?:tahun|thn|th)\\s+)?((?:19|20)\\d\\d)$");

    private HeaderText() {
    }

    /**
     * Lower case, accents dropped, every run of characters other than letters and digits made one space,
     * trimmed: {@code "Tgl. RAT"} → {@code "tgl rat"}, {@code "PP/PKB"} → {@code "pp pkb"}.
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder ascii = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return normaliseUnicode(text);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (space && ascii.length() > 0) {
                    ascii.append(' ');
                }
                ascii.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return ascii.toString();
    }

    private static String normaliseUnicode(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** A header that ends in a year: the part before it and the year, else {@code null}. */
    static YearSuffix yearSuffix(String normalisedHeader) {
        Matcher matcher = YEAR_SUFFIX.matcher(normalisedHeader);
        if (!matcher.matches()) {
            return null;
        }
        return new YearSuffix(matcher.group(1), Integer.parseInt(matcher.group(2)));
    }

    /** No white space at the ends, no run of white space, no white space other than ' ' inside. */
    private static boolean isClean(String text) {
        int last = text.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == last || text.charAt(i + 1) == ' ') {
                    return false;
                }
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    record YearSuffix(String base, int year) {
    }

    /** Trimmed, inner runs of white space (including no-break spaces) made one space; {@code null} when blank. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (isClean(text)) {
            return text.isEmpty() ? null : text;
        }
        String cleaned = WHITE_SPACE.matcher(text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ').strip())
                .replaceAll(" ");
        return cleaned.isEmpty() ? null : cleaned;
    }
}
