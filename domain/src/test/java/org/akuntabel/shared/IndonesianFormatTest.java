package org.akuntabel.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndonesianFormatTest {

    @Test
    void rupiahUsesDotsForThousandsAndKeepsCents() {
        assertEquals("Rp 31.781.794.203", IndonesianFormat.rupiah(new BigDecimal("31781794203")));
        assertEquals("Rp 2.615.621.882,99", IndonesianFormat.rupiah(new BigDecimal("2615621882.99")));
        assertEquals("Rp 0", IndonesianFormat.rupiah(BigDecimal.ZERO));
        assertEquals("(tidak ada data)", IndonesianFormat.rupiah(null));
    }

    @Test
    void fixedDecimalsUseAComma() {
        assertEquals("3,48", IndonesianFormat.fixed(new BigDecimal("3.48"), 2));
        assertEquals("4,80", IndonesianFormat.fixed(new BigDecimal("4.8"), 2));
        assertEquals("1.234.567,89", IndonesianFormat.fixed(new BigDecimal("1234567.885"), 2));
        assertEquals("-", IndonesianFormat.fixed(null, 2));
    }

    @Test
    void numbersShowOnlyTheDecimalsTheyHave() {
        assertEquals("115", IndonesianFormat.number(new BigDecimal("115.0000"), 4));
        assertEquals("71,79", IndonesianFormat.number(new BigDecimal("71.7900"), 4));
    }

    @Test
    void datesUseIndonesianMonthNames() {
        assertEquals("12 Februari 2025", IndonesianFormat.date(LocalDate.of(2025, 2, 12)));
        assertEquals("1 Agustus 2024", IndonesianFormat.date(LocalDate.of(2024, 8, 1)));
    }
}
