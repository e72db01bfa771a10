package org.akuntabel.registers.importing;

import org.akuntabel.registers.importing.NumberText.Reading;
import org.akuntabel.registers.importing.NumberText.Shape;
import org.akuntabel.registers.importing.NumberText.Style;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NumberTextTest {

    @ParameterizedTest(name = "{0} shows {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "31.781.794.203|INDONESIAN|31781794203",
            "31,781,794,203|INTERNATIONAL|31781794203",
            "2.615.621.882,99|INDONESIAN|2615621882.99",
            "2,615,621,882.99|INTERNATIONAL|2615621882.99",
            "20,5|INDONESIAN|20.5",
            "32,54|INDONESIAN|32.54",
            "1234.5|INTERNATIONAL|1234.5",
            "0,500|INDONESIAN|0.500",
            "Rp 1.500.000|INDONESIAN|1500000",
            "Rp. 1.500.000,50|INDONESIAN|1500000.50",
            "-5.000.000|INDONESIAN|-5000000",
            "(1.250.000)|INDONESIAN|-1250000",
            "1 234 567,5|INDONESIAN|1234567.5",
    })
    void writtenNumbersShowTheirFormat(String text, Style style, BigDecimal value) {
        Reading reading = NumberText.read(text);
        assertEquals(Shape.WRITTEN, reading.shape());
        assertEquals(style, reading.style());
        assertEquals(value, reading.value());
    }

    @ParameterizedTest(name = "{0}: {1} as thousands, {2} as decimals")
    @CsvSource(delimiter = '|', value = {
            "1.234|1234|1.234",
            "1,234|1234|1.234",
            "456.789|456789|456.789",
    })
    void oneSeparatorBeforeThreeDigitsCanBeEither(String text, BigDecimal thousands, BigDecimal decimals) {
        Reading reading = NumberText.read(text);
        assertEquals(Shape.EITHER, reading.shape());
        assertEquals(thousands, reading.asThousands());
        assertEquals(decimals, reading.asDecimal());
    }

    @ParameterizedTest(name = "{0}: typo reading {1}")
    @CsvSource(delimiter = '|', value = {
            "21.342,752|21342752",
            "1.023.950,900|1023950900",
            "1.023.988,000|1023988000",
            "1234,567|1234567",
    })
    void threeDecimalsMayBeAMistypedThousandsSeparator(String text, BigDecimal typo) {
        assertEquals(typo, NumberText.read(text).typo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.615.621.882,99", "20,5", "1.500.000"})
    void otherNumbersHaveNoTypoReading(String text) {
        assertNull(NumberText.read(text).typo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12abc", "1.23.456", "1,2,3", ".5", "5.", "1.234,5.6", "1,234.567,8", "Rp", "-", "1e5", "12 %"})
    void otherTextIsNotANumber(String text) {
        assertEquals(Shape.INVALID, NumberText.read(text).shape());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "8000000", "  42 "})
    void digitsArePlain(String text) {
        assertEquals(Shape.PLAIN, NumberText.read(text).shape());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"21342.752|21.342,752", "31781794203|31.781.794.203", "-1500.5|-1.500,5", "0|0"})
    void messagesShowNumbersTheIndonesianWay(BigDecimal value, String shown) {
        assertEquals(shown, NumberText.indonesian(value));
    }
}
